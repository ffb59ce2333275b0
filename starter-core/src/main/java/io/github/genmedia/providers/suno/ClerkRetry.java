package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.genmedia.providers.retry.RetryRunner;
import io.github.genmedia.providers.retry.RetrySettings;
import io.github.genmedia.providers.settings.SettingChecks;

/**
 * Repeats a Clerk call after a transient failure, with exponential backoff.
 * <p>
 * Only transient failures are repeated, and not a 429: Clerk asked to slow down, so the
 * refresh fails at once and the next one waits for Clerk's {@code Retry-After}. A
 * signed-out cookie is not going to sign in again by being asked twice. The backoff
 * sleeps on the calling thread, which is a thread of the token scheduler, so the
 * defaults keep a whole refresh within about a second of waiting. Retries go through
 * {@link RetryRunner}, on Spring Framework's core retry.
 *
 * @since 0.1.0
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
		new SettingChecks().between("maxAttempts", maxAttempts, 1, RetrySettings.MAX_MAX_ATTEMPTS, "a refresh must end")
			.positive("initialBackoff", initialBackoff)
			.require(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff",
					"must not be shorter than initialBackoff (" + initialBackoff + "), but is " + maxBackoff)
			.throwIfInvalid(ClerkRetry.class);
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
	 */
	public <T> T call(Supplier<T> action) {
		return call(action, (failure) -> {
		});
	}

	/**
	 * Call an action until it succeeds, fails for good, or runs out of attempts, telling
	 * a listener about each failed attempt as it happens.
	 * @param <T> the result type
	 * @param action the Clerk call
	 * @param failedAttempt told about every failed attempt, the last one included
	 * @return its result
	 * @throws RuntimeException the last failure; a {@link ClerkException} of kind
	 * {@link SunoTokenFailure#INTERRUPTED} when the thread is interrupted during a
	 * backoff
	 */
	public <T> T call(Supplier<T> action, Consumer<ClerkException> failedAttempt) {
		Supplier<T> reported = () -> {
			try {
				return action.get();
			}
			catch (ClerkException ex) {
				failedAttempt.accept(ex);
				throw ex;
			}
		};
		return RetryRunner.call(this.maxAttempts, this.backoff, ClerkRetry::isRetryable, reported,
				() -> new ClerkException("Interrupted while waiting to ask Clerk again", SunoTokenFailure.INTERRUPTED,
						0, null, null));
	}

	private static boolean isRetryable(RuntimeException failure) {
		return failure instanceof ClerkException clerk && clerk.isTransient()
				&& clerk.getFailure() != SunoTokenFailure.CLERK_RATE_LIMITED;
	}

}
