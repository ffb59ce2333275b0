package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.time.Duration;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Bucket4j's Redis proxy manager on the Lettuce client of Spring Boot's
 * {@link LettuceConnectionFactory}: one connection of its own (string keys, binary
 * state), opened on first use and closed with the context, so that the application's
 * Redis settings (host, password, TLS, sentinel or cluster) apply and a Redis that is
 * down at startup does not stop the application.
 * <p>
 * Buckets expire {@value #KEEP_SECONDS} seconds after they would be full again, so keys
 * of keys no longer used do not pile up; each Redis operation waits at most
 * {@value #TIMEOUT_SECONDS} seconds, after which the limiter falls back on a local
 * bucket.
 */
final class LettuceProxyManagers implements SharedBucketStore, DisposableBean {

	static final int KEEP_SECONDS = 60;

	static final int TIMEOUT_SECONDS = 2;

	private final LettuceConnectionFactory connectionFactory;

	private @Nullable StatefulConnection<String, byte[]> connection;

	private @Nullable ProxyManager<String> proxyManager;

	LettuceProxyManagers(LettuceConnectionFactory connectionFactory) {
		this.connectionFactory = connectionFactory;
	}

	/**
	 * Return the proxy manager, connecting on first use.
	 * @return the proxy manager
	 * @throws RuntimeException while Redis cannot be reached
	 */
	@Override
	public synchronized ProxyManager<String> proxyManager() {
		if (this.proxyManager == null) {
			AbstractRedisClient client = this.connectionFactory.getRequiredNativeClient();
			RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
			Bucket4jLettuce.LettuceBasedProxyManagerBuilder<String> builder;
			if (client instanceof RedisClusterClient cluster) {
				StatefulRedisClusterConnection<String, byte[]> connection = cluster.connect(codec);
				this.connection = connection;
				builder = Bucket4jLettuce.casBasedBuilder(connection);
			}
			else {
				StatefulRedisConnection<String, byte[]> connection = ((RedisClient) client).connect(codec);
				this.connection = connection;
				builder = Bucket4jLettuce.casBasedBuilder(connection);
			}
			this.proxyManager = builder
				.expirationAfterWrite(ExpirationAfterWriteStrategy
					.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(KEEP_SECONDS)))
				.requestTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
				.build();
		}
		return this.proxyManager;
	}

	@Override
	public String name() {
		return "redis";
	}

	@Override
	public synchronized void destroy() {
		if (this.connection != null) {
			this.connection.close();
			this.connection = null;
			this.proxyManager = null;
		}
	}

}
