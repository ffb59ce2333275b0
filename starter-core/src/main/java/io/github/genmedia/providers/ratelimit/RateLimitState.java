package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link RateLimiter} knows at one moment, for health: never a credential or a
 * bucket key.
 *
 * @param settings the limit this instance configured
 * @param shared whether the budget is shared with other instances (a {@code ProxyManager}
 * such as Redis) rather than this instance's own
 * @param providerRemaining the requests the provider last said remain in its window
 * ({@code X-RateLimit-Remaining}), or {@code null} when it never said
 * @param providerRemainingAt when it said so, or {@code null}
 * @param nextPermitIn how long a request would wait for a permit now, or {@code null}
 * when the rate is not limited or the bucket could not be read
 * @param pausedFor what remains of a pause the provider demanded (a 429, or
 * {@code X-RateLimit-Remaining: 0}), or {@code null} when there is none
 * @param inFlight the requests in flight on this instance, counted when
 * {@code maxConcurrent} is set, else {@code 0}
 * @param onFallback whether a shared budget's store cannot be reached just now, so that
 * this instance limits itself with a local bucket meanwhile
 * @param pause the pause the provider demanded, while it lasts: until when and why, or
 * {@code null} when there is none
 * @param inForce the limit the bucket keeps: {@code settings} for a local one; for a
 * shared one, the limit its store holds, set by the instance that created it, in
 * requests per this instance's period; {@code null} when the rate is not limited or a
 * shared bucket has not been read yet
 * @param pauseSharing whether the pauses this instance learns reach the other instances
 * sharing the bucket at once, and theirs this one ({@link SharedPauses})
 * @since 0.1.0
 */
public record RateLimitState(RateLimitSettings settings, boolean shared, @Nullable Integer providerRemaining,
		@Nullable Instant providerRemainingAt, @Nullable Duration nextPermitIn, @Nullable Duration pausedFor,
		int inFlight, boolean onFallback, @Nullable RateLimitPause pause, @Nullable RateLimitSettings inForce,
		PauseSharing pauseSharing) {

	/**
	 * Whether every call is refused while the provider's pause lasts, because it lasts
	 * longer than a call may wait ({@link RateLimitSettings#maxWait()}).
	 * @return {@code true} while such a pause lasts
	 */
	public boolean pausedBeyondMaxWait() {
		return this.pause != null && this.pausedFor != null && this.pausedFor.compareTo(this.settings.maxWait()) > 0;
	}

	/**
	 * Whether a shared bucket keeps another limit than this instance configured.
	 * @return {@code true} when {@link #inForce()} is known and differs from
	 * {@link #settings()}
	 */
	public boolean limitDiffers() {
		return this.inForce != null && !this.inForce.equals(this.settings);
	}

	/**
	 * Whether pauses are shared between the instances that share a bucket.
	 */
	public enum PauseSharing {

		/** Not shared: a local bucket, or a shared one without {@link SharedPauses}. */
		NONE,

		/** Shared: a pause learned by any instance holds on every instance at once. */
		SHARED,

		/**
		 * Meant to be shared, but the store cannot be reached just now: each instance
		 * keeps the pauses it learns itself, and the shared bucket's debt alone reaches
		 * the others.
		 */
		UNAVAILABLE

	}

}
