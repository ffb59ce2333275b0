/**
 * Providers' rate limiters, one per provider for all its clients, with buckets local to
 * the instance or shared through Redis (Spring Boot's Lettuce connection factory and
 * Bucket4j's Lettuce integration) or an application's own Bucket4j {@code ProxyManager}.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.ratelimit;

import org.jspecify.annotations.NullMarked;
