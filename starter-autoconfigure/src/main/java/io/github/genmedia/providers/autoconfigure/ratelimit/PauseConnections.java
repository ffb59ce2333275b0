package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections;
import io.github.genmedia.providers.autoconfigure.redis.RedisWait;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubListener;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

/**
 * The two Redis connections of the shared pauses, on the Lettuce client of Spring Boot's
 * connection factory: one for commands, one subscribed to the pauses' channel (Lettuce
 * reconnects both, and subscribes again, after Redis comes back). Every operation waits
 * at most {@value RedisWait#TIMEOUT_SECONDS} seconds. Opened and closed as a
 * {@link io.github.genmedia.providers.autoconfigure.redis.LazyRedisConnection}.
 */
final class PauseConnections implements AutoCloseable {

	/**
	 * Store the pause unless a pause that ends later is stored, for as long as it lasts,
	 * and publish it only then: a pause is only ever extended, in one operation.
	 * KEYS[1] the pause key; ARGV: the end (epoch ms), the time to live (ms), the value,
	 * the channel, the message.
	 */
	static final String EXTEND = """
			local stored = redis.call('GET', KEYS[1])
			if stored then
				local known = tonumber(string.match(stored, '^%d+'))
				if known and known >= tonumber(ARGV[1]) then
					return 0
				end
			end
			redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[2])
			redis.call('PUBLISH', ARGV[4], ARGV[5])
			return 1
			""";

	private final StatefulConnection<String, String> commands;

	private final RedisClusterAsyncCommands<String, String> async;

	private final StatefulRedisPubSubConnection<String, String> subscription;

	private PauseConnections(StatefulConnection<String, String> commands,
			RedisClusterAsyncCommands<String, String> async, StatefulRedisPubSubConnection<String, String> subscription) {
		this.commands = commands;
		this.async = async;
		this.subscription = subscription;
	}

	/**
	 * Connect, and subscribe to the channel.
	 * @throws RedisException if Redis cannot be reached
	 */
	static PauseConnections open(AbstractRedisClient client, String channel,
			RedisPubSubListener<String, String> listener) {
		StatefulConnection<String, String> commands = ProvidersRedisConnections.connect(client, StringCodec.UTF8);
		StatefulRedisPubSubConnection<String, String> subscription;
		try {
			subscription = ProvidersRedisConnections.connectPubSub(client, StringCodec.UTF8);
		}
		catch (RuntimeException ex) {
			commands.close();
			throw ex;
		}
		RedisClusterAsyncCommands<String, String> async = ProvidersRedisConnections.async(commands);
		PauseConnections connections = new PauseConnections(commands, async, subscription);
		try {
			subscription.addListener(listener);
			RedisWait.await(subscription.async().subscribe(channel).toCompletableFuture());
			return connections;
		}
		catch (RuntimeException ex) {
			connections.close();
			throw ex;
		}
	}

	/**
	 * Extend the stored pause and publish it, without waiting.
	 * @return whether it was stored ({@code 1}) or a longer one was ({@code 0})
	 */
	CompletableFuture<Long> extend(String pauseKey, String until, String timeToLive, String value, String channel,
			String message) {
		return this.async
			.<Long>eval(EXTEND, ScriptOutputType.INTEGER, new String[] { pauseKey }, until, timeToLive, value, channel,
					message)
			.toCompletableFuture()
			.orTimeout(RedisWait.TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	/**
	 * Read the stored values of the keys.
	 * @return the values of the keys that have one
	 * @throws RedisException if Redis does not answer
	 */
	Map<String, String> read(List<String> keys) {
		Map<String, String> values = new LinkedHashMap<>();
		for (KeyValue<String, String> value : RedisWait.await(
				this.async.mget(keys.toArray(String[]::new)).toCompletableFuture())) {
			if (value.hasValue()) {
				values.put(value.getKey(), value.getValue());
			}
		}
		return values;
	}

	@Override
	public void close() {
		this.subscription.close();
		this.commands.close();
	}

}
