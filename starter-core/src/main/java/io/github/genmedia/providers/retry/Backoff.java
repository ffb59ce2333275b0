package io.github.genmedia.providers.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The wait before each retry: exponential, capped, with jitter.
 * <p>
 * Jitter follows Spring Framework's {@code ExponentialBackOff}: it grows with the wait
 * as the multiplier grows it, and never takes a wait below the initial interval or
 * above the maximum. A provider that fails for many clients at once then sees their
 * retries spread out instead of arriving together.
 * <p>
 * Not {@code ExponentialBackOff} itself: it counts whole milliseconds, grows the jitter
 * by the whole-number ratio of the wait to the initial interval (so a multiplier of 1.5
 * grows it in steps), and draws from {@code Math.random()}, which a test cannot fix.
 */
final class Backoff {

	private final double initialNanos;

	private final double multiplier;

	private final double maxNanos;

	private final double jitterNanos;

	private final DoubleSupplier random;

	/**
	 * Create the backoff for the given settings.
	 * @param settings the settings
	 * @param random the source of jitter, returning values from 0 (inclusive) to 1
	 */
	Backoff(RetrySettings settings, DoubleSupplier random) {
		this.initialNanos = settings.initialInterval().toNanos();
		this.multiplier = settings.multiplier();
		this.maxNanos = settings.maxInterval().toNanos();
		this.jitterNanos = settings.jitter().toNanos();
		this.random = random;
	}

	/**
	 * Create the backoff for the given settings with random jitter.
	 * @param settings the settings
	 */
	Backoff(RetrySettings settings) {
		this(settings, () -> ThreadLocalRandom.current().nextDouble());
	}

	/**
	 * Return the wait before a retry.
	 * @param retry which retry, 1 for the second attempt
	 * @return the wait
	 */
	Duration beforeRetry(int retry) {
		double interval = Math.min(this.initialNanos * Math.pow(this.multiplier, retry - 1), this.maxNanos);
		if (this.jitterNanos == 0) {
			return Duration.ofNanos(Math.round(interval));
		}
		double spread = this.jitterNanos * (interval / this.initialNanos);
		double upper = Math.min(interval + spread, this.maxNanos);
		double lower = Math.min(Math.max(interval - spread, this.initialNanos), upper);
		return Duration.ofNanos(Math.round(lower + this.random.getAsDouble() * (upper - lower)));
	}

}
