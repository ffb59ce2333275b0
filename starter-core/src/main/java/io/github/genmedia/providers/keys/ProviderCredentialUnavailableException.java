package io.github.genmedia.providers.keys;

import io.github.genmedia.providers.error.ProviderFailureException;

/**
 * Thrown, unsent, when a provider's request needs a key and its
 * {@link ProviderCredentialSource} has never given one. The message says why, without any
 * secret.
 *
 * @since 0.1.0
 */
public class ProviderCredentialUnavailableException extends ProviderFailureException {

	public ProviderCredentialUnavailableException(String provider, String problem) {
		super("No credential for provider '" + provider + "': " + problem
				+ ". Check the application's ProviderCredentialSource, or configure providers." + provider
				+ ".api-key.", provider);
	}

}
