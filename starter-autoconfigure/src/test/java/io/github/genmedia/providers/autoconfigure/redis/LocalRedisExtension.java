package io.github.genmedia.providers.autoconfigure.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link LocalRedis} for the tests of a class, started before them and stopped after,
 * with the commands a test uses to look at what the starter stored or to empty it
 * between tests: register it as a static {@code @RegisterExtension} field.
 */
public final class LocalRedisExtension implements BeforeAllCallback, AfterAllCallback {

	private LocalRedis redis;

	private RedisClient client;

	private StatefulRedisConnection<String, byte[]> binary;

	private StatefulRedisConnection<String, String> strings;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		this.redis = LocalRedis.start();
		this.client = RedisClient.create(this.redis.url());
		this.binary = this.client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
		this.strings = this.client.connect();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.client != null) {
			this.binary.close();
			this.strings.close();
			this.client.shutdown();
		}
		if (this.redis != null) {
			this.redis.close();
		}
	}

	/**
	 * Return the port the server listens on, on the loopback address.
	 * @return the port
	 */
	public int port() {
		return this.redis.port();
	}

	/**
	 * Return the server's URL.
	 * @return for example {@code redis://127.0.0.1:6380}
	 */
	public String url() {
		return this.redis.url();
	}

	/**
	 * Return commands with string keys and binary values, as the starter stores buckets
	 * and tokens.
	 * @return the commands
	 */
	public RedisCommands<String, byte[]> binary() {
		return this.binary.sync();
	}

	/**
	 * Return the connection with string keys and binary values, for a client of the
	 * test's own (a Bucket4j proxy manager, say).
	 * @return the connection
	 */
	public StatefulRedisConnection<String, byte[]> binaryConnection() {
		return this.binary;
	}

	/**
	 * Return commands with string keys and values.
	 * @return the commands
	 */
	public RedisCommands<String, String> strings() {
		return this.strings.sync();
	}

}
