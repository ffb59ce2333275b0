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
 * window, and a demand to pause.
 * <p>
 * Both come from the network, so a value that cannot be read is ignored rather than
 * trusted or turned into an error: the limiter then keeps its own count.
 */
final class ProviderSignals {

	/** Sunor sends it on every answer; a common header among APIs that count. */
	static final String REMAINING = "X-RateLimit-Remaining";

	/** The longest pause believed; a longer demand is honoured for this long, then asked again. */
	static final Duration MAX_PAUSE = Duration.ofDays(1);

	private ProviderSignals() {
	}

	/**
	 * Return the requests the provider says remain in its window.
	 * @param headers the answer's headers
	 * @return the number, or {@code null} when the header is missing or not a number of
	 * zero or more
	 */
	static @Nullable Integer remaining(HttpHeaders headers) {
		String value = headers.getFirst(REMAINING);
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return (int) Math.min(Long.parseLong(trimmed), Integer.MAX_VALUE);
	}

	/**
	 * Return the pause a 429 demands with {@code Retry-After}, read as the retries read
	 * it (seconds or an HTTP date).
	 * @param status the answer's status
	 * @param headers its headers
	 * @param now the time, for dates
	 * @return the pause, at most {@link #MAX_PAUSE}, or {@code null} when the answer is
	 * not a 429 or asks for no wait
	 */
	static @Nullable Duration pause(HttpStatusCode status, HttpHeaders headers, Instant now) {
		if (status.value() != HttpStatus.TOO_MANY_REQUESTS.value()) {
			return null;
		}
		Duration wait = RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER), now);
		if (wait == null || wait.isZero() || wait.isNegative()) {
			return null;
		}
		return (wait.compareTo(MAX_PAUSE) > 0) ? MAX_PAUSE : wait;
	}

}
