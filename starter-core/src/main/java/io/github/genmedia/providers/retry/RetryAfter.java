package io.github.genmedia.providers.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads the wait a {@code Retry-After} header asks for.
 * <p>
 * The header holds either a number of seconds or an HTTP date (RFC 9110, section
 * 10.2.3). A value that is neither yields no wait, so the backoff applies, rather than
 * an exception: a provider's malformed header is no reason to fail a request that a
 * retry could still save.
 */
public final class RetryAfter {

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
	 * @return the wait, {@link Duration#ZERO} for a date in the past, or {@code null}
	 * when there is no value or it cannot be read
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
				Duration wait = Duration.between(now, ZonedDateTime.parse(trimmed, format).toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	/** More seconds than a {@code long} holds is still a request to wait, only a long one. */
	private static Duration seconds(String digits) {
		try {
			return Duration.ofSeconds(Long.parseLong(digits));
		}
		catch (NumberFormatException ex) {
			return Duration.ofSeconds(Long.MAX_VALUE);
		}
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
