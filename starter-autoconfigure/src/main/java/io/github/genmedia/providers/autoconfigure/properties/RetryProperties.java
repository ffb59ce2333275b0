package io.github.genmedia.providers.autoconfigure.properties;

import java.time.Duration;

import io.github.genmedia.providers.retry.RetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * Retries of failed requests. Each unset value falls back to providers.defaults.retry,
 * then to the starter's default.
 *
 * @since 0.1.0
 */
public class RetryProperties {

	/**
	 * Whether failed requests are retried at all. Unset: providers.defaults, then true.
	 */
	private @Nullable Boolean enabled;

	/**
	 * Attempts per call, the first included, at most 10. Unset: providers.defaults, then
	 * 3.
	 */
	private @Nullable Integer maxAttempts;

	/**
	 * Wait before the first retry. Unset: providers.defaults, then 500ms.
	 */
	private @Nullable Duration initialInterval;

	/**
	 * Factor by which the wait grows after each retry. Unset: providers.defaults, then 2.
	 */
	private @Nullable Double multiplier;

	/**
	 * Longest wait between two attempts. Unset: providers.defaults, then 10s.
	 */
	private @Nullable Duration maxInterval;

	/**
	 * Random spread added to each wait, so clients do not retry in lockstep. Unset:
	 * providers.defaults, then 100ms.
	 */
	private @Nullable Duration jitter;

	/**
	 * Whether POST and PATCH requests are retried too. Unset: providers.defaults, then
	 * false. Generation endpoints are paid per call: a retried POST whose first attempt
	 * reached the provider before failing can charge credits twice.
	 */
	private @Nullable Boolean nonIdempotent;

	/**
	 * Longest Retry-After (on 429 and 503) that is waited for; a longer demand fails at
	 * once with RetryAfterTooLongException. Unset: providers.defaults, then 30s.
	 */
	private @Nullable Duration maxRetryAfter;

	/**
	 * Return the settings these properties describe, each unset value taken from
	 * {@code fallback}, then from the starter's defaults.
	 * @param fallback the shared {@code providers.defaults.retry}
	 * @return the settings
	 */
	public RetrySettings toSettings(RetryProperties fallback) {
		RetrySettings defaults = RetrySettings.defaults();
		return new RetrySettings(first(this.enabled, fallback.enabled, defaults.enabled()),
				first(this.maxAttempts, fallback.maxAttempts, defaults.maxAttempts()),
				first(this.initialInterval, fallback.initialInterval, defaults.initialInterval()),
				first(this.multiplier, fallback.multiplier, defaults.multiplier()),
				first(this.maxInterval, fallback.maxInterval, defaults.maxInterval()),
				first(this.jitter, fallback.jitter, defaults.jitter()),
				first(this.nonIdempotent, fallback.nonIdempotent, defaults.nonIdempotent()),
				first(this.maxRetryAfter, fallback.maxRetryAfter, defaults.maxRetryAfter()));
	}

	private static <T> T first(@Nullable T value, @Nullable T fallback, T last) {
		return (value != null) ? value : (fallback != null) ? fallback : last;
	}

	public @Nullable Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(@Nullable Boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable Integer getMaxAttempts() {
		return this.maxAttempts;
	}

	public void setMaxAttempts(@Nullable Integer maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	public @Nullable Duration getInitialInterval() {
		return this.initialInterval;
	}

	public void setInitialInterval(@Nullable Duration initialInterval) {
		this.initialInterval = initialInterval;
	}

	public @Nullable Double getMultiplier() {
		return this.multiplier;
	}

	public void setMultiplier(@Nullable Double multiplier) {
		this.multiplier = multiplier;
	}

	public @Nullable Duration getMaxInterval() {
		return this.maxInterval;
	}

	public void setMaxInterval(@Nullable Duration maxInterval) {
		this.maxInterval = maxInterval;
	}

	public @Nullable Duration getJitter() {
		return this.jitter;
	}

	public void setJitter(@Nullable Duration jitter) {
		this.jitter = jitter;
	}

	public @Nullable Boolean getNonIdempotent() {
		return this.nonIdempotent;
	}

	public void setNonIdempotent(@Nullable Boolean nonIdempotent) {
		this.nonIdempotent = nonIdempotent;
	}

	public @Nullable Duration getMaxRetryAfter() {
		return this.maxRetryAfter;
	}

	public void setMaxRetryAfter(@Nullable Duration maxRetryAfter) {
		this.maxRetryAfter = maxRetryAfter;
	}

}
