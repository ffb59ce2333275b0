package io.github.genmedia.providers.ratelimit;

import java.time.Duration;

import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingChecks;

/**
 * A provider's rate limit as the client keeps it: how many requests per period, how many
 * in flight at once, and how long a call may wait for its turn.
 * <p>
 * Immutable and validated on construction, like the other settings records: values no
 * limiter could work with are rejected with an {@link InvalidSettingsException} that
 * names each component, which the auto-configuration reports by property.
 * <p>
 * The requests are spaced evenly, {@link #spacing()} apart, at {@value #USED_PERCENT}% of
 * the rate: then no window of {@code period} ever holds more than {@code requests},
 * wherever the provider's window starts and whether it counts in fixed windows or a
 * sliding one, and the remaining share absorbs the network's jitter between the client
 * and the provider's counter. There is no burst: a client that starts sending after a
 * quiet spell does not know where the provider's window stands.
 *
 * @param requests the requests the provider accepts per period; {@code 0} for no rate
 * limit, only {@code maxConcurrent}
 * @param period the period {@code requests} are counted over, from 1 ms to 1 day
 * @param maxWait how long a call may wait for a permit before it fails with a
 * {@link RateLimitExceededException}; {@link Duration#ZERO} fails at once, and at most
 * one hour
 * @param maxConcurrent the most requests in flight at once on this instance (they count
 * until their response's status and headers arrive); {@code 0} for no limit
 * @param maxPause the longest pause the limiter takes from the provider's answers (a
 * 429's {@code Retry-After}, {@code X-RateLimit-Reset}), and the longest debt it puts
 * into a shared bucket: a longer demand is honoured for this long, after which the next
 * request asks the provider again; from 1 s to 1 day, {@link #DEFAULT_MAX_PAUSE} by
 * default
 * @since 0.1.0
 */
public record RateLimitSettings(int requests, Duration period, Duration maxWait, int maxConcurrent,
		Duration maxPause) {

	/** Providers document their limits per minute. */
	public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(1);

	/** As long as {@code retry.max-retry-after}: shorter than most callers' patience. */
	public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);

	/**
	 * Five minutes. The providers count their limits per minute (Sunor, Supertone,
	 * Autype), so an honest {@code Retry-After} asks for a minute or so; five cover a few
	 * windows and a penalty box of the provider's. A longer demand (a day, from a
	 * misconfigured proxy, a bug or a hostile answer) would otherwise refuse every call
	 * for that long, on every instance sharing the bucket; capped, it costs five minutes,
	 * and then one request, whose answer says again how long to wait if the provider
	 * still means it.
	 */
	public static final Duration DEFAULT_MAX_PAUSE = Duration.ofMinutes(5);

	/** Below it a 429 without {@code Retry-After} would not pause for its own default. */
	static final Duration MIN_MAX_PAUSE = Duration.ofSeconds(1);

	/** As long as the longest period: a provider's daily quota, spent. */
	static final Duration MAX_MAX_PAUSE = Duration.ofDays(1);

	/** The share of the rate the client uses, in percent; the rest absorbs jitter. */
	public static final int USED_PERCENT = 98;

	/** Beyond a million per period a limit is no limit: switch the limiter off instead. */
	static final int MAX_REQUESTS = 1_000_000;

	/** Concurrency limits are about provider jobs and connections, not tens of thousands. */
	static final int MAX_CONCURRENT = 10_000;

	static final Duration MIN_PERIOD = Duration.ofMillis(1);

	static final Duration MAX_PERIOD = Duration.ofDays(1);

	/** A caller blocked for longer should fail and schedule the call for later instead. */
	static final Duration MAX_MAX_WAIT = Duration.ofHours(1);

	/**
	 * Create settings, rejecting values that cannot work.
	 * @throws InvalidSettingsException if {@code requests} or {@code maxConcurrent} is
	 * negative or too large, both are {@code 0}, {@code period} is missing or outside 1 ms
	 * to 1 day, {@code maxWait} is missing, negative or longer than an hour, or
	 * {@code maxPause} is missing or outside 1 s to 1 day
	 */
	public RateLimitSettings {
		new SettingChecks()
			.between("requests", requests, 0, MAX_REQUESTS, "a higher rate is no limit: switch the limiter off")
			.require(period != null && period.compareTo(MIN_PERIOD) >= 0 && period.compareTo(MAX_PERIOD) <= 0,
					"period", "must be between 1ms and 1d, but is " + period)
			.require(maxWait != null && !maxWait.isNegative() && maxWait.compareTo(MAX_MAX_WAIT) <= 0, "maxWait",
					"must be between 0s and 1h (a caller blocked for longer should fail and try later), but is "
							+ maxWait)
			.between("maxConcurrent", maxConcurrent, 0, MAX_CONCURRENT, "more is no limit: set 0 for none")
			.require(maxPause != null && maxPause.compareTo(MIN_MAX_PAUSE) >= 0
					&& maxPause.compareTo(MAX_MAX_PAUSE) <= 0, "maxPause",
					"must be between 1s and 1d (the longest pause a provider's answer may demand), but is "
							+ maxPause)
			.require(requests != 0 || maxConcurrent != 0, "requests",
					"must be positive when maxConcurrent is 0: a limiter needs a rate, a concurrency limit or both")
			.throwIfInvalid(RateLimitSettings.class);
	}

	/**
	 * Create settings that pause for at most {@link #DEFAULT_MAX_PAUSE}.
	 * @param requests the requests per period; {@code 0} for none
	 * @param period the period
	 * @param maxWait how long a call may wait for a permit
	 * @param maxConcurrent the most requests in flight at once; {@code 0} for no limit
	 * @throws InvalidSettingsException if a value cannot work
	 */
	public RateLimitSettings(int requests, Duration period, Duration maxWait, int maxConcurrent) {
		this(requests, period, maxWait, maxConcurrent, DEFAULT_MAX_PAUSE);
	}

	/**
	 * Return settings for a rate: {@code requests} per {@code period}, waiting up to
	 * {@link #DEFAULT_MAX_WAIT}, with no concurrency limit.
	 * @param requests the requests per period
	 * @param period the period
	 * @return the settings
	 */
	public static RateLimitSettings of(int requests, Duration period) {
		return new RateLimitSettings(requests, period, DEFAULT_MAX_WAIT, 0);
	}

	/**
	 * Return settings that limit only the requests in flight on this instance, waiting
	 * up to {@link #DEFAULT_MAX_WAIT}.
	 * @param maxConcurrent the most requests in flight at once
	 * @return the settings
	 */
	public static RateLimitSettings concurrency(int maxConcurrent) {
		return new RateLimitSettings(0, DEFAULT_PERIOD, DEFAULT_MAX_WAIT, maxConcurrent);
	}

	/** Return a copy that lets a call wait longer or shorter for its permit. */
	public RateLimitSettings withMaxWait(Duration maxWait) {
		return new RateLimitSettings(this.requests, this.period, maxWait, this.maxConcurrent, this.maxPause);
	}

	/** Return a copy with another concurrency limit; {@code 0} for none. */
	public RateLimitSettings withMaxConcurrent(int maxConcurrent) {
		return new RateLimitSettings(this.requests, this.period, this.maxWait, maxConcurrent, this.maxPause);
	}

	/** Return a copy that takes longer or shorter pauses from the provider's answers. */
	public RateLimitSettings withMaxPause(Duration maxPause) {
		return new RateLimitSettings(this.requests, this.period, this.maxWait, this.maxConcurrent, maxPause);
	}

	/**
	 * Whether requests per period are limited.
	 * @return {@code true} when {@link #requests()} is positive
	 */
	public boolean limitsRate() {
		return this.requests > 0;
	}

	/**
	 * Whether requests in flight are limited.
	 * @return {@code true} when {@link #maxConcurrent()} is positive
	 */
	public boolean limitsConcurrency() {
		return this.maxConcurrent > 0;
	}

	/**
	 * Return the time between two permits: {@code period / requests}, stretched so that
	 * {@value #USED_PERCENT}% of the rate is used. Sunor's 120 per minute gives 510 ms.
	 * @return the spacing
	 * @throws IllegalStateException if the rate is not limited
	 */
	public Duration spacing() {
		if (!limitsRate()) {
			throw new IllegalStateException("No rate is limited");
		}
		// A day in nanoseconds times 100 is far below Long.MAX_VALUE.
		return Duration.ofNanos(Math.max(1, this.period.toNanos() * 100 / ((long) USED_PERCENT * this.requests)));
	}

	/**
	 * Describe the limit for messages and health, for example {@code 120 requests per
	 * PT1M, at most 5 at once}.
	 * @return the description
	 */
	public String describe() {
		String rate = limitsRate() ? this.requests + " requests per " + this.period : "";
		String concurrency = limitsConcurrency() ? "at most " + this.maxConcurrent + " at once" : "";
		return (!rate.isEmpty() && !concurrency.isEmpty()) ? rate + ", " + concurrency : rate + concurrency;
	}

}
