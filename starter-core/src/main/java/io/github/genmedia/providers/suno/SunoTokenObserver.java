package io.github.genmedia.providers.suno;

import java.time.Duration;

/**
 * Hears about token refreshes, for metrics.
 * <p>
 * Every method has an empty default, so an implementation picks what it needs and the
 * token code calls it without checks. Methods are called on scheduler threads and must
 * return quickly.
 *
 * @since 0.1.0
 */
public interface SunoTokenObserver {

	/** Does nothing. */
	SunoTokenObserver NONE = new SunoTokenObserver() {
	};

	/**
	 * A refresh finished.
	 * @param account the account
	 * @param success whether a new token was obtained
	 * @param duration how long the refresh took, retries included
	 */
	default void refreshed(SunoAccount account, boolean success, Duration duration) {
	}

	/**
	 * An account was started.
	 * @param account the account
	 * @param defaultAccount whether it is the account of the configured cookie, rather
	 * than one of a per-request cookie
	 */
	default void started(SunoAccount account, boolean defaultAccount) {
	}

	/**
	 * An account was stopped, because it was evicted or the provider stopped.
	 * @param account the account
	 */
	default void stopped(SunoAccount account) {
	}

}
