package io.github.genmedia.providers.autoconfigure.suno;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The Suno token store's own connection on the Lettuce client of Spring Boot's
 * {@link LettuceConnectionFactory} (string keys, binary values), so that the
 * application's Redis settings apply: opened on first use on a thread of its own, which
 * a caller waits for only a bounded time, so that a Redis that is down at startup stops
 * nothing; a failed attempt is made anew by the next call; closed with the context.
 */
final class SunoRedisConnection implements AutoCloseable {

	private final LettuceConnectionFactory connectionFactory;

	private final AtomicReference<@Nullable CompletableFuture<StatefulConnection<String, byte[]>>> current = new AtomicReference<>();

	private volatile boolean closed;

	SunoRedisConnection(LettuceConnectionFactory connectionFactory) {
		this.connectionFactory = connectionFactory;
	}

	/**
	 * Return the asynchronous commands, connecting first if needed, waiting for the
	 * connection as long as for a command.
	 * @return the commands of a standalone or cluster connection
	 */
	RedisClusterAsyncCommands<String, byte[]> commands() {
		StatefulConnection<String, byte[]> connection = RedisSunoTokenStore.await(connection());
		if (connection == null) {
			throw new RedisConnectionException("No Redis connection for the Suno tokens");
		}
		if (connection instanceof StatefulRedisClusterConnection<String, byte[]> cluster) {
			return cluster.async();
		}
		return ((StatefulRedisConnection<String, byte[]>) connection).async();
	}

	private CompletableFuture<StatefulConnection<String, byte[]>> connection() {
		while (true) {
			CompletableFuture<StatefulConnection<String, byte[]>> attempt = this.current.get();
			if (attempt != null && !attempt.isCompletedExceptionally()) {
				return attempt;
			}
			if (this.closed) {
				throw new IllegalStateException("The Redis connection of the Suno tokens is closed");
			}
			CompletableFuture<StatefulConnection<String, byte[]>> next = new CompletableFuture<>();
			if (this.current.compareAndSet(attempt, next)) {
				Thread thread = new Thread(() -> connect(next), "genmedia-suno-token-redis-connect");
				thread.setDaemon(true);
				thread.start();
				return next;
			}
		}
	}

	private void connect(CompletableFuture<StatefulConnection<String, byte[]>> attempt) {
		try {
			AbstractRedisClient client = this.connectionFactory.getRequiredNativeClient();
			RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
			StatefulConnection<String, byte[]> connection = (client instanceof RedisClusterClient cluster)
					? cluster.connect(codec) : ((RedisClient) client).connect(codec);
			if (!attempt.complete(connection) || this.closed) {
				connection.close();
			}
		}
		catch (Throwable ex) {
			attempt.completeExceptionally(ex);
		}
	}

	@Override
	public void close() {
		this.closed = true;
		CompletableFuture<StatefulConnection<String, byte[]>> attempt = this.current.getAndSet(null);
		if (attempt != null) {
			attempt.thenAccept(StatefulConnection::close);
		}
	}

}
