package io.github.genmedia.providers.suno;

import java.time.Duration;

import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingChecks;
import org.jspecify.annotations.Nullable;

/**
 * When Suno tokens are refreshed and how many accounts are kept. {@code null} durations
 * take the defaults.
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
 * @since 0.1.0
 */
public record SunoTokenSettings(Duration refreshBeforeExpiry, Duration fallbackRefreshInterval,
		Duration retryInterval, int maxCached, Duration idleExpiry) {

	public static final Duration DEFAULT_REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(30);

	public static final Duration DEFAULT_FALLBACK_REFRESH_INTERVAL = Duration.ofSeconds(30);

	public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(5);

	public static final int DEFAULT_MAX_CACHED = 100;

	public static final Duration DEFAULT_IDLE_EXPIRY = Duration.ofMinutes(10);

	/** Each account costs two Clerk calls a minute; beyond this, Clerk would see hundreds a second. */
	public static final int MAX_MAX_CACHED = 10_000;

	/**
	 * Create settings; {@code null} durations take the defaults.
	 * @throws InvalidSettingsException if a value cannot work
	 */
	public SunoTokenSettings(@Nullable Duration refreshBeforeExpiry, @Nullable Duration fallbackRefreshInterval,
			@Nullable Duration retryInterval, int maxCached, @Nullable Duration idleExpiry) {
		this.refreshBeforeExpiry = orDefault(refreshBeforeExpiry, DEFAULT_REFRESH_BEFORE_EXPIRY);
		this.fallbackRefreshInterval = orDefault(fallbackRefreshInterval, DEFAULT_FALLBACK_REFRESH_INTERVAL);
		this.retryInterval = orDefault(retryInterval, DEFAULT_RETRY_INTERVAL);
		this.maxCached = maxCached;
		this.idleExpiry = orDefault(idleExpiry, DEFAULT_IDLE_EXPIRY);
		new SettingChecks().notNegative("refreshBeforeExpiry", this.refreshBeforeExpiry)
			.positive("fallbackRefreshInterval", this.fallbackRefreshInterval)
			.positive("retryInterval", this.retryInterval)
			.between("maxCached", this.maxCached, 1, MAX_MAX_CACHED, "each account costs Clerk calls")
			.positive("idleExpiry", this.idleExpiry)
			.throwIfInvalid(SunoTokenSettings.class);
	}

	/**
	 * Return the defaults.
	 * @return the settings
	 */
	public static SunoTokenSettings defaults() {
		return new SunoTokenSettings(null, null, null, DEFAULT_MAX_CACHED, null);
	}

	private static Duration orDefault(@Nullable Duration value, Duration fallback) {
		return (value != null) ? value : fallback;
	}

}
