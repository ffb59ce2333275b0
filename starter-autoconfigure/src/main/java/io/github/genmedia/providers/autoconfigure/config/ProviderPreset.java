package io.github.genmedia.providers.autoconfigure.config;

import io.github.genmedia.providers.definition.ProviderAuth;
import org.jspecify.annotations.Nullable;

/**
 * What a built-in provider's public documentation fixes: where it is, how it wants its
 * credential, and a cheap call to probe it with.
 *
 * @param name the name under {@code providers}, for example {@code sunor}
 * @param displayName the name in messages, for example {@code Sunor}
 * @param baseUrl the public base URL
 * @param environmentVariable where the credential is read from when none is configured
 * @param auth how the credential is sent; {@link ProviderAuth#none()} when the
 * provider's {@link BuiltInProvider#authentication} writes it
 * @param probePath a cheap authenticated GET for the health probe, or {@code null}
 * @param credentialAdvice how to get a credential that works, for startup reports
 */
public record ProviderPreset(String name, String displayName, String baseUrl, String environmentVariable,
		ProviderAuth auth, @Nullable String probePath, String credentialAdvice) {

	/**
	 * The advice for providers whose credential is an API key.
	 * @return advice on copying a key
	 */
	public static String apiKeyAdvice() {
		return "Copy the key again without line breaks or other invisible characters "
				+ "(leading and trailing whitespace is trimmed already).";
	}

}
