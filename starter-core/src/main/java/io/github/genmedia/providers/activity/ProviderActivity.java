package io.github.genmedia.providers.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one provider's recent real traffic says about it: the last status, the last
 * failure, and how many failures in a row.
 * <p>
 * Health is read from here rather than from a probe request, so watching a provider
 * costs nothing and cannot spend its quota. Updates are lock-free: the record sits on
 * the request path of every call.
 */
public final class ProviderActivity {

	private final Clock clock;

	private final AtomicReference<ActivitySnapshot> snapshot = new AtomicReference<>(ActivitySnapshot.NONE);

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
		Instant now = this.clock.instant();
		this.snapshot.updateAndGet((previous) -> previous.withResponse(status, now));
	}

	/**
	 * Record a request that got no response: connection refused, reset or timed out.
	 * @param failure the I/O failure
	 */
	public void recordFailure(Exception failure) {
		Instant now = this.clock.instant();
		// The type only: messages of HTTP libraries and interceptors may hold URLs with
		// queries, and this text ends up in health details.
		String description = failure.getClass().getSimpleName();
		this.snapshot.updateAndGet((previous) -> previous.withFailure(description, now));
	}

	/**
	 * Return the current state.
	 * @return an immutable snapshot
	 */
	public ActivitySnapshot snapshot() {
		return this.snapshot.get();
	}

}
