package io.github.genmedia.providers.autoconfigure.suno;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.github.genmedia.providers.autoconfigure.redis.LazyRedisConnection;
import io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections;
import io.github.genmedia.providers.autoconfigure.redis.RedisWait;
import io.github.genmedia.providers.suno.SharedSunoToken;
import io.github.genmedia.providers.suno.SunoJwt;
import io.github.genmedia.providers.suno.SunoTokenStore;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import org.jspecify.annotations.Nullable;

/**
 * Suno tokens shared through Redis, on the starter's connection with string keys and
 * binary values ({@link io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections#binary()}).
 * <p>
 * Keys, where {@code <account>} is the HMAC-SHA256 of the account id under the
 * encryption key (the account id itself, a SHA-256 of {@code __client}, when
 * unencrypted):
 * <ul>
 * <li>{@code genmedia:suno:token:<account>}: the JWT, when it was requested and when it
 * expires, sealed by {@link SunoTokenCipher}; it expires with the JWT.</li>
 * <li>{@code genmedia:suno:token-lock:<account>}: the refresh lock, holding the random id
 * of the instance that refreshes, for at most the lease; released by a script that
 * deletes it only for its holder.</li>
 * </ul>
 * Each command waits at most {@value RedisWait#TIMEOUT_SECONDS} s; a command that times
 * out is cancelled, so that Lettuce does not send it once Redis is back.
 */
final class RedisSunoTokenStore implements SunoTokenStore {

	static final String TOKEN_PREFIX = "genmedia:suno:token:";

	static final String LOCK_PREFIX = "genmedia:suno:token-lock:";

	private static final String UNLOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then "
			+ "return redis.call('del', KEYS[1]) else return 0 end";

	private final LazyRedisConnection<StatefulConnection<String, byte[]>> connection;

	private final SunoTokenCipher cipher;

	private final byte[] owner = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);

	RedisSunoTokenStore(LazyRedisConnection<StatefulConnection<String, byte[]>> connection, SunoTokenCipher cipher) {
		this.connection = connection;
		this.cipher = cipher;
	}

	@Override
	public @Nullable SharedSunoToken read(String accountId) {
		String key = TOKEN_PREFIX + this.cipher.name(accountId);
		byte[] value = RedisWait.await(commands().get(key));
		if (value == null) {
			return null;
		}
		try {
			return decode(this.cipher.open(value, key));
		}
		catch (RuntimeException ex) {
			// Sealed with another key or unreadable: as good as none; the next refresh replaces it.
			return null;
		}
	}

	@Override
	public boolean tryLock(String accountId, Duration lease) {
		String key = LOCK_PREFIX + this.cipher.name(accountId);
		return "OK".equals(RedisWait.await(commands().set(key, this.owner, SetArgs.Builder.nx().px(lease.toMillis()))));
	}

	@Override
	public void publish(String accountId, SharedSunoToken token, Duration timeToLive) {
		if (timeToLive.toMillis() <= 0) {
			return;
		}
		String key = TOKEN_PREFIX + this.cipher.name(accountId);
		RedisWait.await(commands().set(key, this.cipher.seal(encode(token), key), SetArgs.Builder.px(timeToLive.toMillis())));
	}

	@Override
	public void unlock(String accountId) {
		String key = LOCK_PREFIX + this.cipher.name(accountId);
		RedisWait.await(commands().<Long>eval(UNLOCK, ScriptOutputType.INTEGER, new String[] { key }, this.owner));
	}

	@Override
	public String name() {
		return "redis";
	}

	private RedisClusterAsyncCommands<String, byte[]> commands() {
		return ProvidersRedisConnections.async(this.connection.get());
	}

	/** {@code requestedAt} and {@code expiresAt} in epoch milliseconds, then the JWT, one a line. */
	static byte[] encode(SharedSunoToken token) {
		return (token.requestedAt().toEpochMilli() + "\n" + token.expiresAt().toEpochMilli() + "\n"
				+ token.jwt().reveal()).getBytes(StandardCharsets.UTF_8);
	}

	static SharedSunoToken decode(byte[] value) {
		String[] lines = new String(value, StandardCharsets.UTF_8).split("\n", 3);
		if (lines.length != 3) {
			throw new IllegalStateException("Not a stored Suno token");
		}
		return new SharedSunoToken(SunoJwt.of(lines[2]), Instant.ofEpochMilli(Long.parseLong(lines[0])),
				Instant.ofEpochMilli(Long.parseLong(lines[1])));
	}

	@Override
	public String toString() {
		return "RedisSunoTokenStore[" + this.cipher + "]";
	}

}
