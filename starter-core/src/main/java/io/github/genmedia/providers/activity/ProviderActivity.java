package io.github.genmedia.providers.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * What one provider's recent real traffic says about it: the last status, the last
 * failure, and how many failures in a row.
 * <p>
 * Health is read from here rather than from a probe request, so watching a provider
 * costs nothing and cannot spend its quota. Recording sits on the request path of every
 * call, so it writes a few volatile fields and allocates nothing; a
 * {@link #snapshot()} may mix two answers that arrived at the same moment, which health
 * can live with.
 *
 * @since 0.1.0
 */
public final class ProviderActivity {

	/** No status: the last request got no response, or there was none. */
	private static final int NONE = 0;

	private final Clock clock;

	private final AtomicInteger consecutiveFailures = new AtomicInteger();

	private volatile int lastStatus = NONE;

	private volatile long lastActivityMillis = Long.MIN_VALUE;

	private volatile @Nullable String lastError;

	private volatile int rejectionStatus = NONE;

	public ProviderActivity() {
		this(Clock.systemUTC());
	}

	public ProviderActivity(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Record a response the provider sent.
	 * @param status its status code
	 */
	public void recordResponse(int status) {
		if (status >= 500) {
			this.lastError = "HTTP " + status;
			this.consecutiveFailures.incrementAndGet();
		}
		else {
			if (this.consecutiveFailures.get() != 0) {
				this.consecutiveFailures.set(0);
			}
			if (status == 401 || status == 403) {
				this.rejectionStatus = status;
			}
			else if (status < 400 && this.rejectionStatus != NONE) {
				this.rejectionStatus = NONE;
			}
		}
		this.lastStatus = status;
		this.lastActivityMillis = this.clock.millis();
	}

	/**
	 * Record a request that got no response: connection refused, reset or timed out.
	 * @param failure the I/O failure
	 */
	public void recordFailure(Exception failure) {
		// The type only: messages of HTTP libraries and interceptors may hold URLs with
		// queries, and this text ends up in health details.
		this.lastError = failure.getClass().getSimpleName();
		this.consecutiveFailures.incrementAndGet();
		this.lastStatus = NONE;
		this.lastActivityMillis = this.clock.millis();
	}

	/**
	 * Return the current state.
	 * @return an immutable snapshot
	 */
	public ActivitySnapshot snapshot() {
		long millis = this.lastActivityMillis;
		if (millis == Long.MIN_VALUE) {
			return ActivitySnapshot.NONE;
		}
		int status = this.lastStatus;
		int rejection = this.rejectionStatus;
		return new ActivitySnapshot((status != NONE) ? status : null, this.lastError, Instant.ofEpochMilli(millis),
				this.consecutiveFailures.get(), (rejection != NONE) ? rejection : null);
	}

}
