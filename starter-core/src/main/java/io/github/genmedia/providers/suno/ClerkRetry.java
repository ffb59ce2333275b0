package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.genmedia.providers.retry.RetryRunner;
import io.github.genmedia.providers.retry.RetrySettings;


/**
 * Repeats a Clerk call after a transient failure, with exponential backoff.
 * <p>
 * The only class of the Suno code that uses spring-retry, whose upstream is archived:
 * replacing it means changing this class alone. Only {@link ClerkException#isTransient() transient}
 * failures are repeated; a signed-out cookie is not going to sign in again by being
 * asked twice. The backoff sleeps on the calling thread, which is a thread of the token
 * scheduler, so the defaults keep a whole refresh within about a second of waiting.
 */
public final class ClerkRetry {

	/** Three attempts ride out a restarting Clerk node without hammering an outage. */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(250);

	public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(2);

	private static final double MULTIPLIER = 2.0;

	private final int maxAttempts;

	private final RetrySettings backoff;

	/**
	 * Create a retry.
	 * @param maxAttempts the most attempts, including the first; {@code 1} disables
	 * retries
	 * @param initialBackoff the wait before the second attempt, doubled for each further
	 * one
	 * @param maxBackoff the longest wait between two attempts; equal to
	 * {@code initialBackoff} for a fixed wait
	 */
	public ClerkRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, but is " + maxAttempts);
		}
		if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("initialBackoff must be positive and not longer than maxBackoff, but is "
					+ initialBackoff + " (maxBackoff " + maxBackoff + ")");
		}
		this.maxAttempts = maxAttempts;
		this.backoff = RetrySettings.defaults()
			.withInitialInterval(initialBackoff)
			.withMultiplier(MULTIPLIER)
			.withMaxInterval(maxBackoff)
			.withJitter(Duration.ZERO);
	}

	/**
	 * Return a retry with the defaults: {@value #DEFAULT_MAX_ATTEMPTS} attempts, 250 ms
	 * then 500 ms between them.
	 * @return the retry
	 */
	public static ClerkRetry defaults() {
		return new ClerkRetry(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF);
	}

	/**
	 * Call an action until it succeeds, fails for good, or runs out of attempts.
	 * @param <T> the result type
	 * @param action the Clerk call
	 * @return its result
	 * @throws RuntimeException the last failure; {@link ClerkException} with the message
	 * "Interrupted while waiting to ask Clerk again" when the thread is interrupted
	 * during a backoff
	 */
	public <T> T call(Supplier<T> action) {
		return RetryRunner.call(this.maxAttempts, this.backoff,
				(failure) -> failure instanceof ClerkException clerk && clerk.isTransient(), action,
				() -> new ClerkException("Interrupted while waiting to ask Clerk again", 0, false, null));
	}

}
