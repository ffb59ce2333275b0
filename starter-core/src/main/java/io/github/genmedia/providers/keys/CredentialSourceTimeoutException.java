package io.github.genmedia.providers.keys;

import java.time.Duration;

/**
 * Thrown, unsent, when a provider's request needs a key, its
 * {@link ProviderCredentialSource} has never given one, and it did not answer within
 * its timeout this time either.
 *
 * @since 0.1.0
 */
public class CredentialSourceTimeoutException extends ProviderCredentialUnavailableException {

	private final Duration timeout;

	public CredentialSourceTimeoutException(String provider, String problem, Duration timeout) {
		super(provider, problem);
		this.timeout = timeout;
	}

	/**
	 * Return how long the source was waited for.
	 * @return the timeout
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

}
