package io.github.genmedia.providers.autoconfigure.resolution;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.auth.KeyShape;
import io.github.genmedia.providers.autoconfigure.properties.ConfiguredCredential;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.provider.ProviderProblems;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.keys.SecretFile;
import io.github.genmedia.providers.keys.SecretFileTooLargeException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where a provider's credentials come from: the configured property, or a file, or else
 * the built-in provider's environment variable, and more keys in a list; with their
 * checks: what an HTTP header can carry and the key prefix ({@link KeyShape}, worded as
 * for a rotated key or a tenant's), and the built-in provider's reading of them (Suno's
 * cookie, parsed once, here). Problems name the source, never the value.
 */
final class CredentialSource {

	private final ConfiguredCredential configured;

	private final @Nullable String raw;

	private final String source;

	private final @Nullable Path file;

	private final @Nullable ProviderPreset preset;

	private final ProviderProblems problems;

	private @Nullable Object read;

	private CredentialSource(ConfiguredCredential configured, Origin origin, @Nullable ProviderPreset preset,
			ProviderProblems problems) {
		this.configured = configured;
		this.raw = origin.raw();
		this.source = origin.source();
		this.file = origin.file();
		this.preset = preset;
		this.problems = problems;
	}

	static CredentialSource of(ConfiguredCredential credential, @Nullable ProviderPreset preset,
			Environment environment, ProviderProblems problems) {
		String property = credential.property();
		String configured = credential.value();
		String fileProperty = credential.fileProperty();
		Path file = path(credential.file(), fileProperty, problems);
		if (file != null && StringUtils.hasText(configured)) {
			problems.add(fileProperty, "is set together with " + problems.property(property),
					"Set one of them: " + problems.property(property) + " for a key in configuration, "
							+ problems.property(fileProperty) + " for a key in a file that may be rotated.");
		}
		if (file != null) {
			return new CredentialSource(credential, new Origin(null, "file " + file, file), preset, problems);
		}
		if (StringUtils.hasText(configured) || preset == null) {
			return new CredentialSource(credential, new Origin(configured, problems.property(property), null), preset,
					problems);
		}
		return new CredentialSource(credential,
				new Origin(environment.getProperty(preset.environmentVariable()), preset.environmentVariable(), null),
				preset, problems);
	}

	private static @Nullable Path path(@Nullable String configured, String property, ProviderProblems problems) {
		if (configured == null) {
			return null;
		}
		try {
			if (StringUtils.hasText(configured)) {
				return Path.of(configured.strip()).toAbsolutePath();
			}
		}
		catch (InvalidPathException ex) {
			// reported below
		}
		problems.add(property, "is not a usable path", "Set " + problems.property(property)
				+ " to the file that holds the credential, for example /etc/secrets/api-key, or remove it.");
		return null;
	}

	boolean isMissing() {
		List<String> more = this.configured.more();
		return this.file == null && !StringUtils.hasText(this.raw) && (more == null || more.isEmpty());
	}

	/**
	 * Return the file the credential is read from, to be watched.
	 * @return the file, or {@code null}
	 */
	@Nullable Path file() {
		return this.file;
	}

	/**
	 * What to do to give the provider its credential.
	 */
	String setAction() {
		String property = this.problems.property(this.configured.property());
		if (this.preset == null) {
			return "Set " + property + " to the API's key.";
		}
		return "Set " + property + " or the " + this.preset.environmentVariable() + " environment variable. "
				+ this.preset.credentialAdvice();
	}

	String missingAction() {
		String property = this.problems.property(this.configured.property());
		if (this.preset == null) {
			return "Set " + property + " to the API's key, or set " + this.problems.property("auth.type")
					+ "=none if it needs none.";
		}
		return "Set " + property + " or the " + this.preset.environmentVariable() + " environment variable, or remove "
				+ this.problems.property("enabled") + ". " + this.preset.credentialAdvice();
	}

	/**
	 * Return the checked credentials: the configured one (or the file's), then the list's.
	 * @param auth how they are sent, for the key prefix
	 * @param builtIn the built-in provider, for its own checks
	 * @return the credentials, at least one, or {@code null} after reporting a problem
	 */
	@Nullable List<Credential> credentials(@Nullable ProviderAuth auth, @Nullable BuiltInProvider builtIn) {
		List<Credential> credentials = new ArrayList<>();
		boolean ok = true;
		String property = (this.file != null) ? this.configured.fileProperty()
				: this.configured.property();
		if (this.file != null) {
			ok = add(credentials, property, this.source, () -> SecretFile.read(this.file, Credential::of), auth, builtIn);
		}
		else if (StringUtils.hasText(this.raw)) {
			ok = add(credentials, property, this.source, () -> Credential.of(this.raw), auth, builtIn);
		}
		List<String> more = this.configured.more();
		if (more != null) {
			String list = this.configured.listProperty();
			if (more.isEmpty()) {
				this.problems.add(list, "is empty", "List at least one key under " + this.problems.property(list)
						+ ", or remove it.");
				ok = false;
			}
			for (int i = 0; i < more.size(); i++) {
				String element = list + "[" + i + "]";
				String value = more.get(i);
				ok &= add(credentials, element, this.problems.property(element), () -> Credential.of(value), auth,
						builtIn);
			}
		}
		return (ok && !credentials.isEmpty()) ? credentials : null;
	}

	private boolean add(List<Credential> credentials, String property, String source, CredentialReader reader,
			@Nullable ProviderAuth auth, @Nullable BuiltInProvider builtIn) {
		try {
			Credential credential = reader.read();
			Object read = (builtIn != null) ? builtIn.readCredential(credential) : null;
			KeyShape.Problem shape = (auth != null) ? auth.keyShape().problemWith(credential) : null;
			if (shape != null) {
				reportShape(property, source, shape, credential.length());
				return false;
			}
			if (credentials.contains(credential)) {
				this.problems.add(property, "(from " + source + ") repeats another key of the provider",
						"List each key once.");
				return false;
			}
			if (credentials.isEmpty()) {
				this.read = read;
			}
			credentials.add(credential);
			return true;
		}
		catch (SecretFileTooLargeException ex) {
			this.problems.add(property, ex.getProblem(), "Point " + this.problems.property(property)
					+ " at the file that holds the " + this.configured.property() + " alone (at most "
					+ (ex.getLimit() / 1024) + " KiB), and check where its symbolic links lead.");
			return false;
		}
		catch (InvalidCredentialException ex) {
			KeyShape.Problem shape = ex.getShape();
			if (shape != null) {
				reportShape(property, source, shape, null);
				return false;
			}
			String from = ex.getProblem().contains(source) ? "" : "(from " + source + ") ";
			this.problems.add(property, from + ex.getProblem(), advice());
			return false;
		}
	}

	/**
	 * Report a key of the wrong shape in {@link KeyShape.Problem#describe() the wording}
	 * rotated keys and tenants' keys are refused with, after where the key came from.
	 * @param length the key's length, shown beside a configured value's source when the
	 * prefix is missing; a file may be anything a symbolic link points at, so not even its
	 * length is shown
	 */
	private void reportShape(String property, String source, KeyShape.Problem shape, @Nullable Integer length) {
		boolean fromFile = this.file != null && property.equals(this.configured.fileProperty());
		String from = (length != null && !fromFile) ? source + ", " + length + " characters" : source;
		String action = (shape instanceof KeyShape.MissingPrefix missing) ? prefixAction(missing.prefix()) : advice();
		this.problems.add(property, "(from " + from + ") " + shape.describe(), action);
	}

	/** What to do about an unusable credential: the provider's own advice, or an API key's. */
	private String advice() {
		return (this.preset != null) ? this.preset.credentialAdvice() : ProviderPreset.apiKeyAdvice();
	}

	/**
	 * Return what the built-in provider {@link BuiltInProvider#readCredential read} the
	 * first credential to, once {@link #credentials} checked them.
	 * @return the provider's own form of the credential, or {@code null}
	 */
	@Nullable Object readCredential() {
		return this.read;
	}

	/**
	 * Return where the credential came from, for messages.
	 * @return the property, the file or the environment variable
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

	@FunctionalInterface
	private interface CredentialReader {

		Credential read();

	}

	/**
	 * Where the credential is read.
	 *
	 * @param raw the configured value, or {@code null} for a file's
	 * @param source what to name it by: a property, a file, an environment variable
	 * @param file the file it is read from, or {@code null}
	 */
	private record Origin(@Nullable String raw, String source, @Nullable Path file) {

	}

}
