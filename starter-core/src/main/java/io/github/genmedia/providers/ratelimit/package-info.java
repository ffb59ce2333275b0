/**
 * Client-side rate limits: a provider's requests per period and requests in flight, kept
 * by Bucket4j's token buckets (local, or shared through a {@code ProxyManager} such as
 * Redis), tightened by what the provider's answers say ({@code X-RateLimit-Remaining},
 * {@code Retry-After}).
 * <p>
 * {@link io.github.genmedia.providers.ratelimit.RateLimiter} is the strategy, and
 * {@link io.github.genmedia.providers.ratelimit.Bucket4jRateLimiter} the implementation;
 * {@link io.github.genmedia.providers.ratelimit.RateLimitInterceptor} is the pipeline
 * stage that takes a permit for every attempt.
 */
@NullMarked
package io.github.genmedia.providers.ratelimit;

import org.jspecify.annotations.NullMarked;
