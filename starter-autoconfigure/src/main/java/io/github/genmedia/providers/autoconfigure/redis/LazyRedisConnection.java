package io.github.genmedia.providers.autoconfigure.redis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A Redis connection opened on first use, on a thread of its own, once for all callers:
 * Lettuce's connect waits for the handshake as long as {@code spring.data.redis.timeout}
 * (a minute by default) when a Redis accepts but does not answer, so a caller waits for
 * it at most {@value RedisWait#TIMEOUT_SECONDS} seconds and then gives up, and a Redis
 * that is down at startup stops nothing. An attempt that succeeds late is kept for later
 * calls; one that fails is made anew by the next call. Closed by
 * {@link ProvidersRedisConnections} before Spring Boot's connection factory.
 *
 * @param <C> the connection, or connections, it opens
 * @since 0.1.0
 */
public final class LazyRedisConnection<C> {

	private final String name;

	private final Supplier<C> connect;

	private final Consumer<C> close;

	private final AtomicReference<@Nullable CompletableFuture<C>> current = new AtomicReference<>();

	private volatile boolean closed;

	LazyRedisConnection(String name, Supplier<C> connect, Consumer<C> close) {
		this.name = name;
		this.connect = connect;
		this.close = close;
	}

	/**
	 * Return the connection, connecting first if needed.
	 * @return the open connection
	 * @throws RuntimeException while Redis cannot be reached or does not answer within
	 * {@value RedisWait#TIMEOUT_SECONDS} seconds, or once closed
	 */
	public C get() {
		// A copy, so that a caller who gives up does not cancel the attempt for the others.
		return RedisWait.await(attempt().copy());
	}

	/**
	 * Return the connection if it is open, without waiting or connecting.
	 * @return the open connection, or {@code null}
	 */
	public @Nullable C now() {
		CompletableFuture<C> attempt = this.current.get();
		return (attempt != null && attempt.isDone() && !attempt.isCompletedExceptionally()) ? attempt.join() : null;
	}

	/** The attempt under way or done, or a new one when there is none or the last failed. */
	private CompletableFuture<C> attempt() {
		while (true) {
			CompletableFuture<C> attempt = this.current.get();
			if (attempt != null && !attempt.isCompletedExceptionally()) {
				return attempt;
			}
			if (this.closed) {
				throw new IllegalStateException("The Redis connection of the " + this.name + " is closed");
			}
			CompletableFuture<C> next = new CompletableFuture<>();
			if (this.current.compareAndSet(attempt, next)) {
				Thread thread = new Thread(() -> connect(next), "genmedia-" + this.name + "-redis-connect");
				thread.setDaemon(true);
				thread.start();
				return next;
			}
		}
	}

	private void connect(CompletableFuture<C> attempt) {
		try {
			C connection = this.connect.get();
			attempt.complete(connection);
			// Closed meanwhile: close it here unless close() took the attempt, and closes it
			// itself (Lettuce warns of a connection closed twice).
			if (this.closed && this.current.compareAndSet(attempt, null)) {
				this.close.accept(connection);
			}
		}
		catch (Throwable ex) {
			attempt.completeExceptionally(ex);
		}
	}

	/** Allow connecting again after {@link #close()}. */
	void open() {
		this.closed = false;
	}

	/**
	 * Close the connection now. An attempt under way is given as long as a caller to
	 * finish, so that it too is closed before the connection factory; one that takes
	 * longer is closed when it succeeds.
	 */
	void close() {
		this.closed = true;
		CompletableFuture<C> attempt = this.current.getAndSet(null);
		if (attempt != null) {
			if (!attempt.isDone()) {
				try {
					RedisWait.await(attempt.copy());
				}
				catch (RuntimeException ex) {
					// Failed, or still under way: nothing to close yet.
				}
			}
			attempt.thenAccept(this.close);
		}
	}

}
