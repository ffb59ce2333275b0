package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;

import io.github.genmedia.providers.ratelimit.RateLimitPause;
import org.jspecify.annotations.Nullable;

/**
 * A pause as Redis keeps it under a pause key and as it is published: the end first, in
 * epoch milliseconds, so that the script that extends it compares the leading number.
 * <p>
 * Value: {@code <until>|<cause>|<demanded>|<taken>|<origin>}, the durations in
 * milliseconds ({@code demanded} empty when the provider did not say), {@code origin}
 * the instance that learned it, so that it does not hear its own pause back. A message
 * is the value, {@code |} and the bucket's key. Nothing else, never a credential.
 *
 * @param pause the pause
 * @param origin the instance that learned it
 */
record StoredPause(RateLimitPause pause, String origin) {

	private static final String SEPARATOR = "|";

	String value() {
		Duration demanded = this.pause.demanded();
		return until() + SEPARATOR + this.pause.cause().name() + SEPARATOR
				+ ((demanded != null) ? demanded.toMillis() : "") + SEPARATOR + this.pause.taken().toMillis()
				+ SEPARATOR + this.origin;
	}

	/**
	 * The end in epoch milliseconds, rounded up: a pause heard never ends before the one
	 * learned.
	 */
	long until() {
		return this.pause.until().plusNanos(999_999).toEpochMilli();
	}

	/**
	 * The message that publishes a stored value for a bucket: the value is built once
	 * and passed here, since it is stored and published alike.
	 */
	static String message(String value, String key) {
		return value + SEPARATOR + key;
	}

	/**
	 * Read a value, or {@code null} if it is none of ours.
	 */
	static @Nullable StoredPause parse(@Nullable String value) {
		String[] parts = (value != null) ? value.split("\\|", -1) : new String[0];
		return (parts.length == 5) ? parse(parts) : null;
	}

	/**
	 * Read a message: the bucket's key and the pause, or {@code null} if it is none of ours.
	 */
	static @Nullable Heard parseMessage(String message) {
		String[] parts = message.split("\\|", 6);
		StoredPause pause = (parts.length == 6) ? parse(parts) : null;
		return (pause != null) ? new Heard(parts[5], pause) : null;
	}

	private static @Nullable StoredPause parse(String[] parts) {
		try {
			Instant until = Instant.ofEpochMilli(Long.parseLong(parts[0]));
			RateLimitPause.Cause cause = RateLimitPause.Cause.valueOf(parts[1]);
			Duration demanded = parts[2].isEmpty() ? null : Duration.ofMillis(Long.parseLong(parts[2]));
			Duration taken = Duration.ofMillis(Long.parseLong(parts[3]));
			return new StoredPause(new RateLimitPause(until, cause, demanded, taken), parts[4]);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A pause published for a bucket.
	 *
	 * @param key the bucket's key
	 * @param pause the pause
	 */
	record Heard(String key, StoredPause pause) {
	}

}
