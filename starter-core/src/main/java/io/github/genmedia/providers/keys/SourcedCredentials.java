package io.github.genmedia.providers.keys;

import java.time.Duration;
import java.util.List;

import io.github.genmedia.providers.auth.Credential;

/**
 * Keys a {@link ProviderCredentialSource} gave, and how long the starter may use them
 * before it asks again.
 *
 * @param credentials the keys, at least one, taken in turn
 * @param cacheFor how long to use them; at least one second
 * @since 0.1.0
 */
public record SourcedCredentials(List<Credential> credentials, Duration cacheFor) {

	/** The shortest time keys are used for: a source is not asked on every request. */
	public static final Duration MIN_CACHE = Duration.ofSeconds(1);

	public SourcedCredentials {
		if (credentials.isEmpty()) {
			throw new IllegalArgumentException("A credential source must give at least one credential");
		}
		credentials = List.copyOf(credentials);
		cacheFor = (cacheFor.compareTo(MIN_CACHE) < 0) ? MIN_CACHE : cacheFor;
	}

	/**
	 * One key.
	 * @param key the key as the store holds it; trimmed and checked
	 * @param cacheFor how long to use it
	 * @return the credentials
	 */
	public static SourcedCredentials of(String key, Duration cacheFor) {
		return new SourcedCredentials(List.of(Credential.of(key)), cacheFor);
	}

	@Override
	public String toString() {
		return "SourcedCredentials[" + this.credentials.size() + " credentials, cacheFor=" + this.cacheFor + "]";
	}

}
