package io.github.genmedia.providers.autoconfigure.redis;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import org.jspecify.annotations.Nullable;

/**
 * The bounded wait of every caller of the starter's Redis features: at most
 * {@value #TIMEOUT_SECONDS} seconds, so that a Redis that accepts connections but does
 * not answer holds no caller longer than that (the feature then falls back on what each
 * instance does alone), where Lettuce itself would wait as long as
 * {@code spring.data.redis.timeout}, a minute by default.
 *
 * @since 0.1.0
 */
public final class RedisWait {

	/** How long a caller waits for a Redis command or for the connection. */
	public static final int TIMEOUT_SECONDS = 2;

	private RedisWait() {
	}

	/**
	 * Wait for a Redis command at most {@value #TIMEOUT_SECONDS} seconds. A command that
	 * times out or whose caller is interrupted is cancelled, so that Lettuce does not send
	 * it once Redis is back.
	 * @param <T> the type of the answer
	 * @param future the command under way
	 * @return its answer
	 * @throws RedisException when Redis failed, did not answer in time, or the wait was
	 * interrupted (the exception of the command itself when it is unchecked)
	 */
	public static <T extends @Nullable Object> T await(Future<T> future) {
		try {
			return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new RedisCommandTimeoutException("Redis did not answer within " + TIMEOUT_SECONDS + " s");
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new RedisCommandInterruptedException(ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new RedisException("Redis failed", ex.getCause());
		}
	}

}
