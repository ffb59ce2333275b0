package io.github.genmedia.providers.retry;

import java.time.Duration;

import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingChecks;

/**
 * How one provider's requests are retried.
 * <p>
 * Immutable; start from {@link #defaults()} and change what differs with the
 * {@code with...} methods. Values no retry could work with are rejected on construction
 * with an {@link InvalidSettingsException} that names each component, so a client built
 * by hand fails at once rather than on the first failed request, and the
 * auto-configuration reports each problem by its property.
 *
 * @param enabled whether requests are retried at all; when {@code false} a
 * {@link RetryInterceptor} passes every request through unchanged
 * @param maxAttempts the most attempts per request, the first one included; {@code 1}
 * means no retry, and at most {@value #MAX_MAX_ATTEMPTS}
 * @param initialInterval the wait before the first retry
 * @param multiplier the factor each further wait grows by; {@code 1} for equal waits
 * @param maxInterval the longest wait between two attempts
 * @param jitter how much is randomly added to or taken from each wait, so that clients
 * that failed together do not retry together; it grows with the wait as the multiplier
 * grows it, no wait is shorter than {@code initialInterval} or longer than
 * {@code maxInterval}, and {@link Duration#ZERO} turns it off
 * @param nonIdempotent whether {@code POST}, {@code PATCH} and other methods that are
 * not idempotent are retried too; only safe when the provider deduplicates them, for
 * example by an idempotency key
 * @param maxRetryAfter the longest wait a provider may ask for with
 * {@code Retry-After}; a longer one fails the request at once with a
 * {@link RetryAfterTooLongException} instead of blocking the caller
 * @since 0.1.0
 */
public record RetrySettings(boolean enabled, int maxAttempts, Duration initialInterval, double multiplier,
		Duration maxInterval, Duration jitter, boolean nonIdempotent, Duration maxRetryAfter) {

	/** Three attempts: one failure is often a blip, three in a row rarely are. */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	/**
	 * Retries are for blips: beyond ten attempts an outage turns into minutes of blocked
	 * callers (each attempt may take the read timeout) and a burst of load on a provider
	 * that is already failing.
	 */
	public static final int MAX_MAX_ATTEMPTS = 10;

	public static final Duration DEFAULT_INITIAL_INTERVAL = Duration.ofMillis(500);

	public static final double DEFAULT_MULTIPLIER = 2;

	public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(10);

	/** A fifth of the first wait, growing with it. */
	public static final Duration DEFAULT_JITTER = Duration.ofMillis(100);

	/** Longer than any backoff, shorter than most callers' patience. */
	public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

	private static final RetrySettings DEFAULTS = new RetrySettings(true, DEFAULT_MAX_ATTEMPTS,
			DEFAULT_INITIAL_INTERVAL, DEFAULT_MULTIPLIER, DEFAULT_MAX_INTERVAL, DEFAULT_JITTER, false,
			DEFAULT_MAX_RETRY_AFTER);

	/**
	 * Create settings, rejecting values that cannot work.
	 * @throws InvalidSettingsException if {@code maxAttempts} is not between 1 and
	 * {@value #MAX_MAX_ATTEMPTS}, an interval is missing or not positive,
	 * {@code multiplier} is below 1 or not a finite number, or {@code jitter} or
	 * {@code maxRetryAfter} is missing or negative
	 */
	public RetrySettings {
		new SettingChecks()
			.between("maxAttempts", maxAttempts, 1, MAX_MAX_ATTEMPTS, "retries are for blips, not outages")
			.positive("initialInterval", initialInterval)
			.require(multiplier >= 1 && !Double.isInfinite(multiplier), "multiplier",
					"must be at least 1, but is " + multiplier)
			.positive("maxInterval", maxInterval)
			.notNegative("jitter", jitter)
			.notNegative("maxRetryAfter", maxRetryAfter)
			.throwIfInvalid(RetrySettings.class);
	}

	/**
	 * Return the defaults: enabled, 3 attempts, waits of 500 ms growing by 2 up to 10 s
	 * with 100 ms of jitter, idempotent methods only, {@code Retry-After} up to 30 s.
	 * @return the default settings
	 */
	public static RetrySettings defaults() {
		return DEFAULTS;
	}

	/** Return a copy that retries, or passes every request through unchanged. */
	public RetrySettings withEnabled(boolean enabled) {
		return new RetrySettings(enabled, this.maxAttempts, this.initialInterval, this.multiplier, this.maxInterval,
				this.jitter, this.nonIdempotent, this.maxRetryAfter);
	}

	/** Return a copy with another number of attempts, the first one included. */
	public RetrySettings withMaxAttempts(int maxAttempts) {
		return new RetrySettings(this.enabled, maxAttempts, this.initialInterval, this.multiplier, this.maxInterval,
				this.jitter, this.nonIdempotent, this.maxRetryAfter);
	}

	/** Return a copy with another wait before the first retry. */
	public RetrySettings withInitialInterval(Duration initialInterval) {
		return new RetrySettings(this.enabled, this.maxAttempts, initialInterval, this.multiplier, this.maxInterval,
				this.jitter, this.nonIdempotent, this.maxRetryAfter);
	}

	/** Return a copy whose waits grow by another factor. */
	public RetrySettings withMultiplier(double multiplier) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, multiplier, this.maxInterval,
				this.jitter, this.nonIdempotent, this.maxRetryAfter);
	}

	/** Return a copy with another longest wait between two attempts. */
	public RetrySettings withMaxInterval(Duration maxInterval) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.multiplier, maxInterval,
				this.jitter, this.nonIdempotent, this.maxRetryAfter);
	}

	/** Return a copy with another jitter; {@link Duration#ZERO} turns it off. */
	public RetrySettings withJitter(Duration jitter) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.multiplier,
				this.maxInterval, jitter, this.nonIdempotent, this.maxRetryAfter);
	}

	/** Return a copy that does or does not retry methods that are not idempotent. */
	public RetrySettings withNonIdempotent(boolean nonIdempotent) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.multiplier,
				this.maxInterval, this.jitter, nonIdempotent, this.maxRetryAfter);
	}

	/** Return a copy that honours a longer or shorter {@code Retry-After}. */
	public RetrySettings withMaxRetryAfter(Duration maxRetryAfter) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.multiplier,
				this.maxInterval, this.jitter, this.nonIdempotent, maxRetryAfter);
	}

}
