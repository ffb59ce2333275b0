package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.time.Instant;

import io.github.genmedia.providers.retry.RetryAfter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Reads what a provider's answer says about its rate limit: the requests left in its
 * window, when the window resets, and a demand to pause.
 * <p>
 * Both come from the network, so a value that cannot be read is ignored rather than
 * trusted or turned into an error: the limiter then keeps its own count.
 */
final class ProviderSignals {

	/** Sunor sends it on every answer; a common header among APIs that count. */
	static final String REMAINING = "X-RateLimit-Remaining";

	/**
	 * When the window resets: a Unix time in seconds (Sunor's older docs, docs.sunor.cc
	 * rate-limits, and most APIs that send it) or seconds from now (some others).
	 */
	static final String RESET = "X-RateLimit-Reset";

	/** A reset of at least this many seconds is a Unix time (2001 on), a smaller one seconds from now. */
	static final long UNIX_TIME_FROM = 1_000_000_000L;

	private ProviderSignals() {
	}

	/**
	 * Return the requests the provider says remain in its window.
	 * @param headers the answer's headers
	 * @return the number, or {@code null} when the header is missing or not a number of
	 * zero or more
	 */
	static @Nullable Integer remaining(HttpHeaders headers) {
		Long value = number(headers.getFirst(REMAINING));
		return (value != null) ? (int) Math.min(value, Integer.MAX_VALUE) : null;
	}

	/**
	 * Return how long until the provider's window resets, by {@code X-RateLimit-Reset}.
	 * @param headers the answer's headers
	 * @param now the time, for a Unix time
	 * @return the time until the reset, or {@code null} when the header is missing, not a
	 * number, or names a moment already past (clocks disagree: not to be trusted)
	 */
	static @Nullable Duration reset(HttpHeaders headers, Instant now) {
		Long value = number(headers.getFirst(RESET));
		if (value == null) {
			return null;
		}
		// Durations, not Instants: a Unix time of 18 digits lies beyond Instant.MAX.
		Duration reset = (value >= UNIX_TIME_FROM)
				? Duration.ofSeconds(value).minus(Duration.ofSeconds(now.getEpochSecond(), now.getNano()))
				: Duration.ofSeconds(value);
		return (reset.isZero() || reset.isNegative()) ? null : reset;
	}

	/**
	 * Whether the answer is a 429.
	 * @param status the answer's status
	 * @return {@code true} for 429 Too Many Requests
	 */
	static boolean tooManyRequests(HttpStatusCode status) {
		return status.value() == HttpStatus.TOO_MANY_REQUESTS.value();
	}

	/**
	 * Return the pause a 429 demands with {@code Retry-After}, read as the retries and
	 * the key rests read it ({@link RetryAfter#pause}); the limiter cuts it to its
	 * {@link RateLimitSettings#maxPause()}.
	 * @param headers the 429's headers
	 * @param now the time, for dates
	 * @return the pause, at most {@link RetryAfter#LONGEST}, or {@code null} when the
	 * header is missing, unreadable or asks for no wait
	 */
	static @Nullable Duration retryAfter(HttpHeaders headers, Instant now) {
		return RetryAfter.pause(headers, now, RetryAfter.LONGEST);
	}

	private static @Nullable Long number(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.parseLong(trimmed);
	}

}
