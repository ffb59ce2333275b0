package io.github.genmedia.providers.ratelimit;

import java.time.Duration;

/**
 * Told about rate-limit permits, for metrics.
 * <p>
 * An interface of its own so that the limiter needs no metrics library: with Micrometer
 * on the classpath, {@link MicrometerRateLimitObserver} records the waits and refusals;
 * without it, {@link #NONE} ignores them. Called on the thread that makes the request, so
 * an implementation must be quick and must not block.
 *
 * @since 0.1.0
 */
public interface RateLimitObserver {

	/** Ignores everything. */
	RateLimitObserver NONE = new RateLimitObserver() {

		@Override
		public void permitted(String provider, Duration waited) {
		}

		@Override
		public void refused(String provider) {
		}

	};

	/**
	 * A request got its permit.
	 * @param provider the provider's name
	 * @param waited how long it waited, asking the store included
	 */
	void permitted(String provider, Duration waited);

	/**
	 * A request got no permit within its {@code max-wait} and failed unsent.
	 * @param provider the provider's name
	 */
	void refused(String provider);

}
