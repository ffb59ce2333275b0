package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisConnectionException;
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
 * of keys no longer used do not pile up. Each Redis operation waits at most
 * {@value #TIMEOUT_SECONDS} seconds, and so does a caller for the connection: Lettuce's
 * connect waits for the handshake as long as {@code spring.data.redis.timeout} (a minute
 * by default) when a Redis accepts but does not answer, so the connection is opened on a
 * thread of its own, once for all callers, and a caller that it keeps waiting gives up
 * and falls back on a local bucket. An attempt that succeeds late is kept for later
 * calls; one that fails is made anew by the next call.
 */
final class LettuceProxyManagers implements SharedBucketStore, DisposableBean {

	static final int KEEP_SECONDS = 60;

	static final int TIMEOUT_SECONDS = 2;

	private final LettuceConnectionFactory connectionFactory;

	private final AtomicReference<@Nullable CompletableFuture<Connected>> connecting = new AtomicReference<>();

	private volatile boolean destroyed;

	LettuceProxyManagers(LettuceConnectionFactory connectionFactory) {
		this.connectionFactory = connectionFactory;
	}

	/**
	 * Return the proxy manager, connecting on first use.
	 * @return the proxy manager
	 * @throws RuntimeException while Redis cannot be reached, or does not answer within
	 * {@value #TIMEOUT_SECONDS} seconds
	 */
	@Override
	public ProxyManager<String> proxyManager() {
		CompletableFuture<Connected> attempt = attempt();
		try {
			return attempt.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).proxyManager();
		}
		catch (TimeoutException ex) {
			throw new RedisConnectionException("No connection to Redis within " + TIMEOUT_SECONDS + " s");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RedisCommandInterruptedException(ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new RedisConnectionException("No connection to Redis", ex.getCause());
		}
	}

	/** The attempt under way or done, or a new one when there is none or the last failed. */
	private CompletableFuture<Connected> attempt() {
		while (true) {
			CompletableFuture<Connected> attempt = this.connecting.get();
			if (attempt != null && !attempt.isCompletedExceptionally()) {
				return attempt;
			}
			if (this.destroyed) {
				throw new IllegalStateException("The Redis connection of the rate limits is closed");
			}
			CompletableFuture<Connected> next = new CompletableFuture<>();
			if (this.connecting.compareAndSet(attempt, next)) {
				Thread thread = new Thread(() -> connect(next), "genmedia-rate-limit-redis-connect");
				thread.setDaemon(true);
				thread.start();
				return next;
			}
		}
	}

	private void connect(CompletableFuture<Connected> attempt) {
		try {
			Connected connected = connect();
			if (!attempt.complete(connected) || this.destroyed) {
				connected.connection().close();
			}
		}
		catch (Throwable ex) {
			attempt.completeExceptionally(ex);
		}
	}

	private Connected connect() {
		AbstractRedisClient client = this.connectionFactory.getRequiredNativeClient();
		RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
		StatefulConnection<String, byte[]> connection;
		Bucket4jLettuce.LettuceBasedProxyManagerBuilder<String> builder;
		if (client instanceof RedisClusterClient cluster) {
			StatefulRedisClusterConnection<String, byte[]> clusterConnection = cluster.connect(codec);
			connection = clusterConnection;
			builder = Bucket4jLettuce.casBasedBuilder(clusterConnection);
		}
		else {
			StatefulRedisConnection<String, byte[]> redisConnection = ((RedisClient) client).connect(codec);
			connection = redisConnection;
			builder = Bucket4jLettuce.casBasedBuilder(redisConnection);
		}
		ProxyManager<String> proxyManager = builder
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(KEEP_SECONDS)))
			.requestTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
			.build();
		return new Connected(connection, proxyManager);
	}

	@Override
	public String name() {
		return "redis";
	}

	@Override
	public void destroy() {
		this.destroyed = true;
		CompletableFuture<Connected> attempt = this.connecting.getAndSet(null);
		if (attempt != null) {
			// Now, or when an attempt under way succeeds.
			attempt.thenAccept((connected) -> connected.connection().close());
		}
	}

	/**
	 * An open connection and the proxy manager on it.
	 *
	 * @param connection the connection, closed with the context
	 * @param proxyManager the proxy manager
	 */
	private record Connected(StatefulConnection<String, byte[]> connection, ProxyManager<String> proxyManager) {
	}

}
