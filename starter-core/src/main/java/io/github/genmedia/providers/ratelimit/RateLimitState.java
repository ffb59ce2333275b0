package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link RateLimiter} knows at one moment, for health: never a credential or a
 * bucket key.
 *
 * @param settings the limit kept
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
 */
public record RateLimitState(RateLimitSettings settings, boolean shared, @Nullable Integer providerRemaining,
		@Nullable Instant providerRemainingAt, @Nullable Duration nextPermitIn, @Nullable Duration pausedFor,
		int inFlight, boolean onFallback) {

}
