package io.github.genmedia.providers.autoconfigure.properties;

import java.time.Duration;

import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import org.jspecify.annotations.Nullable;

/**
 * The client-side rate limit of a provider. Requests are spaced evenly at 98% of the rate,
 * so no window of the period ever holds more than the limit. Each unset value falls back
 * to the provider's documented limit (built-in providers), then to
 * providers.defaults.rate-limit, then to the starter's default.
 *
 * @since 0.1.0
 */
public class RateLimitProperties {

	/**
	 * Whether the provider's requests are rate-limited. Unset: providers.defaults, then on
	 * when a limit is known (the built-in provider's documented one, shown as its default,
	 * or one you set: requests or max-concurrent), off otherwise.
	 */
	private @Nullable Boolean enabled;

	/**
	 * Requests the provider accepts per period and key; 0 for no rate limit (only
	 * max-concurrent). Unset: the built-in provider's documented limit, shown as its
	 * default, then providers.defaults, then none.
	 */
	private @Nullable Integer requests;

	/**
	 * Period the requests are counted over, from 1ms to 1d. Unset: the built-in provider's
	 * documented period, shown as its default, then providers.defaults, then 1m.
	 */
	private @Nullable Duration period;

	/**
	 * Longest a call waits for a permit before it fails with RateLimitExceededException,
	 * unsent; 0s fails at once, at most 1h. Unset: providers.defaults, then 30s.
	 */
	private @Nullable Duration maxWait;

	/**
	 * Most requests in flight at once on this instance (each counts until its response's
	 * status and headers arrive); 0 for no limit. Per instance, also with a shared store.
	 * Unset: the built-in provider's documented limit, shown as its default, then
	 * providers.defaults, then none.
	 */
	private @Nullable Integer maxConcurrent;

	/**
	 * Longest pause taken from the provider's answers (a 429's Retry-After, a spent
	 * window's X-RateLimit-Reset), from 1s to 1d: a longer demand is honoured for this long,
	 * then the next request asks the provider again, so that one answer cannot stop the
	 * provider for a day. Also the longest a key answered with 429 rests, and the longest
	 * pause put into a shared bucket. A pause longer than max-wait refuses every call while
	 * it lasts, and health shows the provider OUT_OF_SERVICE. Unset: providers.defaults,
	 * then 5m (the providers count per minute; five cover a few windows).
	 */
	private @Nullable Duration maxPause;

	/**
	 * Return the limit these properties describe, or {@code null} when the provider is not
	 * rate-limited.
	 * @param fallback the shared {@code providers.defaults.rate-limit}
	 * @param documented the provider's documented limit, or {@code null}
	 * @return the settings, or {@code null} for none
	 * @throws io.github.genmedia.providers.settings.InvalidSettingsException if a value
	 * cannot work
	 * @throws NothingToLimitException if the limiter is enabled without a limit
	 */
	public @Nullable RateLimitSettings toSettings(RateLimitProperties fallback, @Nullable DocumentedRateLimit documented) {
		Integer requests = first(this.requests,
				(documented != null && documented.requests() > 0) ? documented.requests() : null, fallback.requests);
		Integer maxConcurrent = first(this.maxConcurrent,
				(documented != null && documented.maxConcurrent() > 0) ? documented.maxConcurrent() : null,
				fallback.maxConcurrent);
		boolean known = (requests != null && requests != 0) || (maxConcurrent != null && maxConcurrent != 0);
		Boolean enabled = first(this.enabled, fallback.enabled);
		if (Boolean.FALSE.equals(enabled) || (enabled == null && !known)) {
			return null;
		}
		if (!known) {
			throw new NothingToLimitException();
		}
		Duration period = first(this.period, (documented != null) ? documented.period() : null, fallback.period);
		Duration maxWait = first(this.maxWait, fallback.maxWait);
		Duration maxPause = first(this.maxPause, fallback.maxPause);
		return new RateLimitSettings((requests != null) ? requests : 0,
				(period != null) ? period : RateLimitSettings.DEFAULT_PERIOD,
				(maxWait != null) ? maxWait : RateLimitSettings.DEFAULT_MAX_WAIT,
				(maxConcurrent != null) ? maxConcurrent : 0,
				(maxPause != null) ? maxPause : RateLimitSettings.DEFAULT_MAX_PAUSE);
	}

	@SafeVarargs
	private static <T> @Nullable T first(@Nullable T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	public @Nullable Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(@Nullable Boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable Integer getRequests() {
		return this.requests;
	}

	public void setRequests(@Nullable Integer requests) {
		this.requests = requests;
	}

	public @Nullable Duration getPeriod() {
		return this.period;
	}

	public void setPeriod(@Nullable Duration period) {
		this.period = period;
	}

	public @Nullable Duration getMaxWait() {
		return this.maxWait;
	}

	public void setMaxWait(@Nullable Duration maxWait) {
		this.maxWait = maxWait;
	}

	public @Nullable Integer getMaxConcurrent() {
		return this.maxConcurrent;
	}

	public void setMaxConcurrent(@Nullable Integer maxConcurrent) {
		this.maxConcurrent = maxConcurrent;
	}

	public @Nullable Duration getMaxPause() {
		return this.maxPause;
	}

	public void setMaxPause(@Nullable Duration maxPause) {
		this.maxPause = maxPause;
	}

	/**
	 * The limiter is switched on, but neither a rate nor a concurrency limit is known.
	 */
	public static final class NothingToLimitException extends RuntimeException {

		NothingToLimitException() {
			super("Nothing to limit", null, false, false);
		}

	}

}
