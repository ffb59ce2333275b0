package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A pause the provider demanded, as the limiter keeps it: for health, which says until
 * when calls are held back and why.
 *
 * @param until when the pause ends, on the wall clock
 * @param cause what in the provider's answer demanded it
 * @param demanded how long the answer asked for ({@code Retry-After},
 * {@code X-RateLimit-Reset}), before {@link RateLimitSettings#maxPause()}; {@code null}
 * when it did not say and the limiter chose the pause
 * @param taken the pause taken: {@code demanded} or the limiter's own choice, at most
 * {@link RateLimitSettings#maxPause()}
 * @since 0.1.0
 */
public record RateLimitPause(Instant until, Cause cause, @Nullable Duration demanded, Duration taken) {

	/**
	 * Whether the provider asked for longer than was taken.
	 * @return {@code true} when {@code demanded} was cut to the limiter's
	 * {@link RateLimitSettings#maxPause()}
	 */
	public boolean cut() {
		return this.demanded != null && this.demanded.compareTo(this.taken) > 0;
	}

	/**
	 * What in the provider's answer demanded a pause.
	 */
	public enum Cause {

		/** A 429 Too Many Requests, with or without {@code Retry-After}. */
		TOO_MANY_REQUESTS,

		/** {@code X-RateLimit-Remaining: 0}: the provider's window is spent. */
		WINDOW_SPENT

	}

}
