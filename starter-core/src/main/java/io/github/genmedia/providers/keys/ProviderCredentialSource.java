package io.github.genmedia.providers.keys;

import org.jspecify.annotations.Nullable;

/**
 * Where an application keeps its providers' keys when they live in a secret store
 * (Vault, a cloud secret manager) rather than in configuration.
 * <p>
 * Declare one as a bean and the starter asks it for a provider's keys when it first
 * needs one, then again whenever the time the answer gave has passed; a request never
 * waits for it otherwise. If asking fails, the last keys it gave stay in use and the
 * failure shows in the provider's health, so a secret store that is down for a moment
 * stops no request. Implementations are called on a daemon thread of the starter's, one
 * call at a time per provider; the request that needs the keys waits for the answer at
 * most a timeout (5 s by default), so a source that hangs holds no request longer than
 * that: it counts as failed while its call goes on, and its answer, once it comes, is
 * taken the next time the keys are due. The call is interrupted when the application
 * stops.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProviderCredentialSource {

	/**
	 * Return a provider's current keys.
	 * @param provider the provider's name, as under {@code providers.<name>}
	 * @return the keys and how long to use them, or {@code null} when this source has none
	 * for the provider (its configured keys are used then)
	 * @throws Exception if the store cannot be read; the starter logs the exception's type,
	 * never its message, which might quote a secret
	 */
	@Nullable SourcedCredentials credentials(String provider) throws Exception;

}
