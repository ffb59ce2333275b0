package io.github.genmedia.providers.autoconfigure.provider;

import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.definition.ProviderAuth;
import org.jspecify.annotations.Nullable;

/**
 * What a built-in provider's public documentation fixes: where it is, how it wants its
 * credential, a cheap call to probe it with, and its rate limit.
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
 * none
 * @since 0.1.0
 */
public record ProviderPreset(String name, String displayName, String baseUrl, String environmentVariable,
		ProviderAuth auth, @Nullable String probePath, String credentialAdvice, @Nullable DocumentedRateLimit rateLimit) {

	/**
	 * Create a preset without a documented rate limit.
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
		this(name, displayName, baseUrl, environmentVariable, auth, probePath, credentialAdvice, null);
	}

	/**
	 * Return a copy with the provider's documented rate limit.
	 * @param rateLimit the limit, with its source
	 * @return the copy
	 */
	public ProviderPreset withRateLimit(DocumentedRateLimit rateLimit) {
		return new ProviderPreset(this.name, this.displayName, this.baseUrl, this.environmentVariable, this.auth,
				this.probePath, this.credentialAdvice, rateLimit);
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
