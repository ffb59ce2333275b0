package io.github.genmedia.providers.autoconfigure.config;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.definition.ProviderAuth;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where a provider's credential comes from, the configured property or else the
 * built-in provider's environment variable, and its checks: what an HTTP header can
 * carry, and the key prefix. Problems name the source, never the value.
 */
final class CredentialSource {

	private final @Nullable String raw;

	private final String source;

	private final String property;

	private final @Nullable ProviderPreset preset;

	private final ProviderProblems problems;

	private CredentialSource(@Nullable String raw, String source, String property, @Nullable ProviderPreset preset,
			ProviderProblems problems) {
		this.raw = raw;
		this.source = source;
		this.property = property;
		this.preset = preset;
		this.problems = problems;
	}

	static CredentialSource of(ProviderProperties properties, @Nullable ProviderPreset preset,
			Environment environment, ProviderProblems problems) {
		String property = properties.credentialProperty();
		String configured = properties.credential();
		if (StringUtils.hasText(configured) || preset == null) {
			return new CredentialSource(configured, problems.property(property), property, preset, problems);
		}
		return new CredentialSource(environment.getProperty(preset.environmentVariable()),
				preset.environmentVariable(), property, preset, problems);
	}

	boolean isMissing() {
		return !StringUtils.hasText(this.raw);
	}

	/**
	 * What to do to give the provider its credential.
	 */
	String setAction() {
		if (this.preset == null) {
			return "Set " + this.problems.property(this.property) + " to the API's key.";
		}
		return "Set " + this.problems.property(this.property) + " or the " + this.preset.environmentVariable()
				+ " environment variable. " + this.preset.credentialAdvice();
	}

	String missingAction() {
		if (this.preset == null) {
			return "Set " + this.problems.property(this.property) + " to the API's key, or set "
					+ this.problems.property("auth.type") + "=none if it needs none.";
		}
		return "Set " + this.problems.property(this.property) + " or the " + this.preset.environmentVariable()
				+ " environment variable, or remove " + this.problems.property("enabled") + ". "
				+ this.preset.credentialAdvice();
	}

	/**
	 * Return the checked credential.
	 * @param auth how it is sent, for its key prefix
	 * @return the credential, or {@code null} after reporting a problem
	 */
	@Nullable Credential credential(@Nullable ProviderAuth auth, @Nullable BuiltInProvider builtIn) {
		try {
			Credential credential = Credential.of(this.raw);
			String problem = (builtIn != null) ? builtIn.credentialProblem(credential) : null;
			if (problem != null) {
				this.problems.add(this.property, "(from " + this.source + ") " + problem,
						(this.preset != null) ? this.preset.credentialAdvice() : ProviderPreset.apiKeyAdvice());
				return null;
			}
			String prefix = (auth != null) ? auth.keyPrefix() : null;
			if (prefix != null && !credential.startsWith(prefix)) {
				this.problems.add(this.property, "must start with '" + prefix + "'; the configured value (from "
						+ this.source + ", " + credential.length() + " characters) does not", prefixAction(prefix));
				return null;
			}
			return credential;
		}
		catch (InvalidCredentialException ex) {
			this.problems.add(this.property, "(from " + this.source + ") " + ex.getProblem(),
					(this.preset != null) ? this.preset.credentialAdvice() : ProviderPreset.apiKeyAdvice());
			return null;
		}
	}

	/**
	 * Return where the credential came from, for messages.
	 * @return the property or the environment variable
	 */
	String source() {
		return this.source;
	}

	private String prefixAction(String prefix) {
		if (this.preset != null) {
			return "Use " + article(this.preset.displayName()) + " " + this.preset.displayName()
					+ " API key: they start with '" + prefix + "'. Bearer tokens and keys of other products are not "
					+ "accepted.";
		}
		return "Use a key that starts with '" + prefix + "', or change " + this.problems.property("auth.key-prefix")
				+ ".";
	}

	private static String article(String word) {
		return ("AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0) ? "an" : "a";
	}

}
