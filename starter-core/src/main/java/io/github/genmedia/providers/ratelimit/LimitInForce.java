package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The limit a shared bucket keeps, read from the configuration its store holds.
 * <p>
 * The first instance to create a shared bucket sets its configuration; an instance
 * configured otherwise draws on it all the same (see
 * {@link Bucket4jRateLimiter#shared(String, RateLimitSettings, java.util.function.Supplier, String)}).
 * Health then shows the limit in force, and one warning says so when it differs from this
 * instance's: once for each other limit met, naming the provider and both limits, never
 * a key or the bucket's key. Limits are compared by their spacing, which is all a
 * bucket keeps: 120 per minute and 2 per second are one limit.
 */
final class LimitInForce {

	private static final Log logger = LogFactory.getLog(LimitInForce.class);

	private final String provider;

	private final RateLimitSettings settings;

	private final long ownSpacing;

	/** The spacing the bucket keeps, as last read; {@code 0} until read. */
	private final AtomicLong spacing = new AtomicLong();

	/** The last spacing other than this instance's that was warned about; {@code 0} for none. */
	private final AtomicLong warned = new AtomicLong();

	LimitInForce(String provider, RateLimitSettings settings) {
		this.provider = provider;
		this.settings = settings;
		this.ownSpacing = settings.spacing().toNanos();
	}

	/**
	 * Take note of the configuration a bucket operation met.
	 * @param configuration the bucket's configuration, as its store holds it
	 */
	void observe(@Nullable BucketConfiguration configuration) {
		long spacing = spacingOf(configuration);
		if (spacing <= 0) {
			return;
		}
		this.spacing.set(spacing);
		if (spacing != this.ownSpacing && this.warned.getAndSet(spacing) != spacing) {
			logger.warn("Provider '" + this.provider + "': the shared rate-limit bucket keeps "
					+ describe(spacing).describe() + ", set by the instance that created it, not this instance's "
					+ this.settings.describe() + "; every instance draws on the bucket's limit. Configure the same "
					+ "rate-limit on every instance sharing the store: a changed limit applies once the bucket has "
					+ "expired");
		}
	}

	/**
	 * Return the limit in force, as settings of this instance's period (of a day when
	 * the bucket's spacing is longer than this period): what this instance would have to
	 * configure to keep the same limit.
	 * @return the limit, or {@code null} until a bucket operation has read it
	 */
	@Nullable RateLimitSettings settings() {
		long spacing = this.spacing.get();
		return (spacing > 0) ? describe(spacing) : null;
	}

	private RateLimitSettings describe(long spacing) {
		if (spacing == this.ownSpacing) {
			return this.settings;
		}
		Duration period = this.settings.period();
		long requests = requestsIn(period, spacing);
		if (requests < 1) {
			period = RateLimitSettings.MAX_PERIOD;
			requests = requestsIn(period, spacing);
		}
		requests = Math.max(1, Math.min(requests, RateLimitSettings.MAX_REQUESTS));
		return new RateLimitSettings((int) requests, period, this.settings.maxWait(), this.settings.maxConcurrent(),
				this.settings.maxPause());
	}

	/** The inverse of {@link RateLimitSettings#spacing()}, rounded to the nearest request. */
	private static long requestsIn(Duration period, long spacing) {
		// A day in nanoseconds times 100 is far below Long.MAX_VALUE.
		return Math.round(period.toNanos() * 100.0 / ((double) RateLimitSettings.USED_PERCENT * spacing));
	}

	private static long spacingOf(@Nullable BucketConfiguration configuration) {
		if (configuration == null || configuration.getBandwidths().length != 1) {
			return 0;
		}
		Bandwidth bandwidth = configuration.getBandwidths()[0];
		return (bandwidth.getRefillTokens() > 0) ? bandwidth.getRefillPeriodNanos() / bandwidth.getRefillTokens() : 0;
	}

}
