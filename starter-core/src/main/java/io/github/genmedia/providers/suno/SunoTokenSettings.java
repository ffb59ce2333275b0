package io.github.genmedia.providers.suno;

import java.time.Duration;

/**
 * When Suno tokens are refreshed and how many accounts are kept. {@code null} components
 * (and {@code 0} for {@code maxCached}) take the defaults.
 *
 * @param refreshBeforeExpiry how long before a token's expiry the scheduled refresh
 * runs, default 30 seconds. Clerk's tokens live about 60 seconds, so each account asks
 * Clerk twice a minute, and a token always has at least 30 seconds left: a Clerk outage
 * or a slow scheduler thread of that length goes unnoticed by requests. With a token
 * that lives no longer than this, the refresh runs halfway through its life instead
 * @param fallbackRefreshInterval how often a token whose expiry cannot be read is
 * refreshed, default 30 seconds; such a token counts as valid for this interval plus
 * {@code refreshBeforeExpiry}, which with the defaults is Clerk's 60 seconds
 * @param retryInterval how long after a failed refresh the next one is tried, default 5
 * seconds; meanwhile requests that find no valid token fail at once rather than each
 * waiting for Clerk
 * @param maxCached the most accounts kept for per-request cookies, default 100; each
 * costs two Clerk calls a minute, so 100 accounts stay at about three calls a second
 * @param idleExpiry how long an account of a per-request cookie stays cached without a
 * request, default 10 minutes: long enough for a generation and its polling, short
 * enough that an account used once stops costing Clerk calls soon; the next request of
 * an evicted account pays one session lookup and one token call
 */
public record SunoTokenSettings(Duration refreshBeforeExpiry, Duration fallbackRefreshInterval,
		Duration retryInterval, int maxCached, Duration idleExpiry) {

	public static final Duration DEFAULT_REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(30);

	public static final Duration DEFAULT_FALLBACK_REFRESH_INTERVAL = Duration.ofSeconds(30);

	public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(5);

	public static final int DEFAULT_MAX_CACHED = 100;

	public static final Duration DEFAULT_IDLE_EXPIRY = Duration.ofMinutes(10);

	public SunoTokenSettings {
		refreshBeforeExpiry = orDefault(refreshBeforeExpiry, DEFAULT_REFRESH_BEFORE_EXPIRY);
		fallbackRefreshInterval = orDefault(fallbackRefreshInterval, DEFAULT_FALLBACK_REFRESH_INTERVAL);
		retryInterval = orDefault(retryInterval, DEFAULT_RETRY_INTERVAL);
		maxCached = (maxCached != 0) ? maxCached : DEFAULT_MAX_CACHED;
		idleExpiry = orDefault(idleExpiry, DEFAULT_IDLE_EXPIRY);
		if (refreshBeforeExpiry.isNegative()) {
			throw new IllegalArgumentException("refreshBeforeExpiry must not be negative, but is " + refreshBeforeExpiry);
		}
		requirePositive("fallbackRefreshInterval", fallbackRefreshInterval);
		requirePositive("retryInterval", retryInterval);
		requirePositive("idleExpiry", idleExpiry);
		if (maxCached < 1) {
			throw new IllegalArgumentException("maxCached must be at least 1, but is " + maxCached);
		}
	}

	/**
	 * Return the defaults.
	 * @return the settings
	 */
	public static SunoTokenSettings defaults() {
		return new SunoTokenSettings(null, null, null, 0, null);
	}

	private static Duration orDefault(Duration value, Duration fallback) {
		return (value != null) ? value : fallback;
	}

	private static void requirePositive(String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, but is " + value);
		}
	}

}
