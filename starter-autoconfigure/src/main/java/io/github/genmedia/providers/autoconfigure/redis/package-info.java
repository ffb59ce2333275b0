/**
 * The one way the starter's Redis features reach Redis: a dedicated Lettuce connection
 * (standalone or cluster) on the client of Spring Boot's {@code LettuceConnectionFactory},
 * opened lazily on a thread of its own and awaited for a bounded time
 * ({@link io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections},
 * {@link io.github.genmedia.providers.autoconfigure.redis.LazyRedisConnection},
 * {@link io.github.genmedia.providers.autoconfigure.redis.RedisWait}), used by the shared
 * rate-limit buckets, the shared pauses and the shared Suno tokens, and the one startup
 * error for a store set to {@code redis} without Redis
 * ({@link io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems}).
 * <p>
 * Durable jobs keep Spring Data Redis's {@code StringRedisTemplate} and
 * {@code RedisMessageListenerContainer}, because their store, lease, takeover and relay
 * are written against those blocking templates and that container's resubscription, and
 * moving them onto Lettuce commands would be a rewrite of that feature rather than a
 * sharing of connections; they report the same startup error.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.redis;

import org.jspecify.annotations.NullMarked;
