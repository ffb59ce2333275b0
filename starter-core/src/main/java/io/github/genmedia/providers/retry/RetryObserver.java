package io.github.genmedia.providers.retry;

/**
 * Told about retries, for metrics.
 * <p>
 * An interface of its own so that the retry layer needs no metrics library: with
 * Micrometer on the classpath, {@link MicrometerRetryObserver} counts the outcomes;
 * without it, {@link #NONE} ignores them. Called on the thread that makes the request,
 * so an implementation must be quick and must not block.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RetryObserver {

	/** Ignores everything. */
	RetryObserver NONE = (provider, outcome) -> {
	};

	/**
	 * Record an outcome.
	 * @param provider the provider's name
	 * @param outcome what happened
	 */
	void record(String provider, RetryOutcome outcome);

}
