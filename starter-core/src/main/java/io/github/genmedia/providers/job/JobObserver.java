package io.github.genmedia.providers.job;

import java.time.Duration;

/**
 * Told about polls and outcomes, for metrics.
 *
 * @since 0.1.0
 */
public interface JobObserver {

	/** Tells nobody. */
	JobObserver NONE = new JobObserver() {
	};

	/**
	 * A poll was made.
	 * @param provider the provider
	 * @param outcome {@code running}, {@code succeeded}, {@code failed}, {@code timed_out},
	 * {@code not_found} (the provider does not know the job) or {@code error} (the poll
	 * itself failed)
	 */
	default void polled(String provider, String outcome) {
	}

	/**
	 * A job's outcome is known.
	 * @param provider the provider
	 * @param outcome {@code succeeded}, {@code failed}, {@code timed_out},
	 * {@code not_found}, {@code deadline} or {@code cancelled}
	 * @param duration from submission (or resumption) to detection
	 */
	default void finished(String provider, String outcome, Duration duration) {
	}

}
