package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.time.Duration;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.genmedia.providers.autoconfigure.redis.LazyRedisConnection;
import io.github.genmedia.providers.autoconfigure.redis.RedisWait;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;

/**
 * Bucket4j's Redis proxy manager on the starter's connection with string keys and binary
 * values ({@link io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections#binary()}),
 * so that the application's Redis settings apply and a Redis that is down at startup
 * does not stop the application: a caller that the connection keeps waiting gives up
 * after {@value RedisWait#TIMEOUT_SECONDS} seconds and falls back on a local bucket.
 * <p>
 * Buckets expire {@value #KEEP_SECONDS} seconds after they would be full again, so keys
 * of keys no longer used do not pile up. Each Redis operation waits at most
 * {@value RedisWait#TIMEOUT_SECONDS} seconds.
 */
final class LettuceProxyManagers implements SharedBucketStore {

	static final int KEEP_SECONDS = 60;

	private final LazyRedisConnection<StatefulConnection<String, byte[]>> connection;

	LettuceProxyManagers(LazyRedisConnection<StatefulConnection<String, byte[]>> connection) {
		this.connection = connection;
	}

	/**
	 * Return a proxy manager on the connection, connecting on first use. A new one each
	 * time: it only wraps the connection's commands, and a limiter asks for it when it
	 * first reaches its shared bucket, and again after the store failed, on the connection
	 * open then (a new one after the context stopped and started again).
	 * @return the proxy manager
	 * @throws RuntimeException while Redis cannot be reached, or does not answer within
	 * {@value RedisWait#TIMEOUT_SECONDS} seconds
	 */
	@Override
	public ProxyManager<String> proxyManager() {
		StatefulConnection<String, byte[]> connection = this.connection.get();
		Bucket4jLettuce.LettuceBasedProxyManagerBuilder<String> builder = (connection instanceof StatefulRedisClusterConnection<String, byte[]> cluster)
				? Bucket4jLettuce.casBasedBuilder(cluster)
				: Bucket4jLettuce.casBasedBuilder((StatefulRedisConnection<String, byte[]>) connection);
		return builder
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(KEEP_SECONDS)))
			.requestTimeout(Duration.ofSeconds(RedisWait.TIMEOUT_SECONDS))
			.build();
	}

	@Override
	public String name() {
		return "redis";
	}

}
