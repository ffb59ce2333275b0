package io.github.genmedia.providers.autoconfigure.provider;

import java.util.Map;

import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.definition.ProviderAuth;
import org.jspecify.annotations.Nullable;

/**
 * What a built-in provider's public documentation fixes: where it is, how it wants its
 * credential, a cheap call to probe it with, and its rate limit. It is also what the
 * configuration metadata IDEs read says about the provider: the build writes each of
 * these defaults, the summary and the descriptions into it, so nothing else repeats them.
 *
 * @param name the name under {@code providers}, for example {@code sunor}
 * @param displayName the name in messages, for example {@code Sunor}
 * @param baseUrl the public base URL
 * @param environmentVariable where the credential is read from when none is configured
 * @param auth how the credential is sent; {@link ProviderAuth#none()} when the
 * provider {@link BuiltInProvider#authenticatesItself() authenticates itself}
 * @param probePath a cheap authenticated GET for the health probe, or {@code null}
 * @param credentialAdvice how to get a credential that works, for startup reports
 * @param rateLimit the documented rate limit, the default of
 * {@code providers.<name>.rate-limit.*}, or {@code null} when the provider documents
 * none; the build also writes the descriptions of those properties from it, citing its
 * source, in one wording for every provider
 * @param summary what the provider is, for its entry in the {@code providers.keys} hint
 * of the configuration metadata, followed there by how its credential is sent; for
 * example {@code Sunor (Suno API service)}
 * @param descriptions the configuration metadata's description of properties whose
 * default is the provider's own, by name relative to {@code providers.<name>}: for
 * example {@code jobs.first-poll}, with where the documentation states how long jobs
 * take; one of a {@code rate-limit.*} property replaces the one written from the
 * documented limit, for what the limit cannot say, such as what to set on other plans
 * @since 0.1.0
 */
public record ProviderPreset(String name, String displayName, String baseUrl, String environmentVariable,
		ProviderAuth auth, @Nullable String probePath, String credentialAdvice, @Nullable DocumentedRateLimit rateLimit,
		String summary, Map<String, String> descriptions) {

	/**
	 * Create a preset without a documented rate limit, summarised in the configuration
	 * metadata by its display name.
	 * @param name the name under {@code providers}
	 * @param displayName the name in messages
	 * @param baseUrl the public base URL
	 * @param environmentVariable where the credential is read from
	 * @param auth how the credential is sent
	 * @param probePath a cheap authenticated GET, or {@code null}
	 * @param credentialAdvice how to get a credential that works
	 */
	public ProviderPreset(String name, String displayName, String baseUrl, String environmentVariable,
			ProviderAuth auth, @Nullable String probePath, String credentialAdvice) {
		this(name, displayName, baseUrl, environmentVariable, auth, probePath, credentialAdvice, null, displayName,
				Map.of());
	}

	/**
	 * Return a copy with the provider's documented rate limit.
	 * @param rateLimit the limit, with its source
	 * @return the copy
	 */
	public ProviderPreset withRateLimit(DocumentedRateLimit rateLimit) {
		return new ProviderPreset(this.name, this.displayName, this.baseUrl, this.environmentVariable, this.auth,
				this.probePath, this.credentialAdvice, rateLimit, this.summary, this.descriptions);
	}

	/**
	 * Return a copy with what the configuration metadata says about the provider.
	 * @param summary what the provider is, for the {@code providers.keys} hint
	 * @param descriptions the descriptions of properties whose default is the provider's
	 * own, by name relative to {@code providers.<name>}, in place of those written from the
	 * documented rate limit
	 * @return the copy
	 */
	public ProviderPreset withMetadata(String summary, Map<String, String> descriptions) {
		return new ProviderPreset(this.name, this.displayName, this.baseUrl, this.environmentVariable, this.auth,
				this.probePath, this.credentialAdvice, this.rateLimit, summary, Map.copyOf(descriptions));
	}

	/**
	 * The advice for providers whose credential is an API key.
	 * @return advice on copying a key
	 */
	public static String apiKeyAdvice() {
		return "Copy the key again without line breaks or other invisible characters "
				+ "(leading and trailing whitespace is trimmed already).";
	}

}
