package io.github.genmedia.providers.retry;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Reads the wait a {@code Retry-After} header asks for: the one place where the retries,
 * the rest of a key answered with 429 and the rate limiter's pause read it.
 * <p>
 * The header holds either a number of seconds or an HTTP date (RFC 9110, section
 * 10.2.3). A value that is neither (blank, negative, a fraction, any other text) yields
 * no wait, so the backoff applies, rather than an exception: a provider's malformed
 * header is no reason to fail a request that a retry could still save. A date in the
 * past asks for no wait. The header comes from the network, so what it asks for is
 * bounded before anyone computes with it: a number of seconds beyond a {@code long}, or
 * a date in the year 9999, is read as {@link #LONGEST}, which any {@link Instant} of
 * this era plus any {@link Duration#toNanos()} can take without overflow.
 *
 * @since 0.1.0
 */
public final class RetryAfter {

	/**
	 * The longest wait a header is read as. A year: no provider means more, every cap
	 * the starter applies (retry.max-retry-after, rate-limit.max-pause) is far shorter,
	 * and a year in nanoseconds, or a year from now, is far inside what {@code long}
	 * arithmetic and {@link Instant} hold.
	 */
	public static final Duration LONGEST = Duration.ofDays(365);

	/** The three date formats HTTP allows: IMF-fixdate, obsolete RFC 850 and asctime. */
	private static final List<DateTimeFormatter> HTTP_DATES = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
			DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
			DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

	private RetryAfter() {
	}

	/**
	 * Return the wait a header value asks for.
	 * @param value the header value, may be {@code null}
	 * @param now the current time, for dates
	 * @return the wait, from {@link Duration#ZERO} (for a date in the past) to
	 * {@link #LONGEST}, or {@code null} when there is no value or it cannot be read
	 */
	public static @Nullable Duration parse(@Nullable String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (isDigits(trimmed)) {
			return seconds(trimmed);
		}
		for (DateTimeFormatter format : HTTP_DATES) {
			try {
				return bounded(Duration.between(now, ZonedDateTime.parse(trimmed, format).toInstant()));
			}
			catch (DateTimeException | ArithmeticException ex) {
				// try the next format
			}
		}
		return null;
	}

	/**
	 * Return the pause an answer's {@code Retry-After} asks for, for those that pause
	 * rather than fail when it is long: a key's rest and the rate limiter's pause.
	 * @param headers the answer's headers
	 * @param now the current time, for dates
	 * @param max the longest pause taken; a longer demand is honoured for this long
	 * @return the pause, more than zero and at most {@code max}, or {@code null} when the
	 * header is missing, cannot be read or asks for no wait
	 */
	public static @Nullable Duration pause(HttpHeaders headers, Instant now, Duration max) {
		Duration wait = parse(headers.getFirst(HttpHeaders.RETRY_AFTER), now);
		if (wait == null || wait.isZero()) {
			return null;
		}
		return (wait.compareTo(max) > 0) ? max : wait;
	}

	/** More seconds than a {@code long} holds is still a request to wait, only a long one. */
	private static Duration seconds(String digits) {
		int first = 0;
		while (first < digits.length() - 1 && digits.charAt(first) == '0') {
			first++;
		}
		if (digits.length() - first > 18) {
			// Up to 18 digits always fit a long; more are far beyond LONGEST.
			return LONGEST;
		}
		return bounded(Duration.ofSeconds(Long.parseLong(digits, first, digits.length(), 10)));
	}

	private static Duration bounded(Duration wait) {
		if (wait.isNegative()) {
			return Duration.ZERO;
		}
		return (wait.compareTo(LONGEST) > 0) ? LONGEST : wait;
	}

	private static boolean isDigits(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
