package io.github.genmedia.providers.ratelimit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The bucket a limiter draws on: a local one, or a shared one with a local one to fall
 * back on.
 * <p>
 * A shared bucket lives in a store (Redis) that can be down. Failing every provider call
 * then would turn an outage of the store into an outage of the application; instead each
 * operation that fails goes to a local bucket of the same limit, and a warning says that
 * this instance now has the provider's whole budget to itself until the store is back.
 * After a failure the store is left alone for {@value #STORE_REST_SECONDS} seconds, so
 * that an unreachable store costs one timeout every few seconds rather than one per
 * request. The shared bucket is made on first use, so a store that is down at startup
 * does not stop the application, and made again after a failure: a bucket on a
 * connection that was closed (the application context stopped and started again) would
 * otherwise fail for good, where a new one reaches the store on its new connection. The
 * provider's own 429 and the retries remain the backstop.
 * <p>
 * An interrupt is not an outage: a store operation that fails because the calling thread
 * was interrupted ends the call ({@link InterruptedException} from
 * {@link #blocking(BlockingCall)}, the store's exception from {@link #call(Function)}),
 * with the thread's interrupt flag kept, no fallback, no warning and no rest for the
 * store.
 * <p>
 * No lock is held while the store is reached: callers that find no shared bucket yet each
 * ask for it, so none waits behind another's attempt; the store itself bounds how long an
 * attempt takes.
 */
final class Buckets {

	private static final Log logger = LogFactory.getLog(Buckets.class);

	/** One warning a minute is enough for an outage of the store. */
	private static final long WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

	static final int STORE_REST_SECONDS = 10;

	private static final long STORE_REST_NANOS = TimeUnit.SECONDS.toNanos(STORE_REST_SECONDS);

	private final String provider;

	private final Supplier<Bucket> primary;

	private final @Nullable Bucket fallback;

	private final TimeMeter time;

	private final AtomicLong nextWarning;

	/** Until when the store is left alone after a failure, on {@link #time}. */
	private final AtomicLong storeRestsUntil;

	private final AtomicReference<@Nullable Bucket> shared = new AtomicReference<>();

	private Buckets(String provider, Supplier<Bucket> primary, @Nullable Bucket fallback, TimeMeter time) {
		this.provider = provider;
		this.primary = primary;
		this.fallback = fallback;
		this.time = time;
		this.nextWarning = new AtomicLong(time.currentTimeNanos());
		this.storeRestsUntil = new AtomicLong(time.currentTimeNanos());
	}

	static Buckets local(String provider, Bucket bucket) {
		return new Buckets(provider, () -> bucket, null, TimeMeter.SYSTEM_NANOTIME);
	}

	/**
	 * A shared bucket with a local one to fall back on.
	 * @param provider the provider, for the warning
	 * @param shared makes the shared bucket, on first use and after a failure
	 * @param fallback the local bucket
	 * @param time how long the store rests after a failure is measured on
	 */
	static Buckets shared(String provider, Supplier<Bucket> shared, Bucket fallback, TimeMeter time) {
		return new Buckets(provider, shared, fallback, time);
	}

	boolean shared() {
		return this.fallback != null;
	}

	/**
	 * Run an operation that may wait, on the shared bucket or, if its store fails, on the
	 * local one.
	 */
	<T> T blocking(BlockingCall<T> call) throws InterruptedException {
		Bucket fallback = this.fallback;
		if (fallback == null) {
			return call.apply(this.primary.get());
		}
		if (resting()) {
			return call.apply(fallback);
		}
		Bucket used = null;
		try {
			used = sharedBucket();
			return call.apply(used);
		}
		catch (RuntimeException ex) {
			if (interrupted(ex)) {
				Thread.currentThread().interrupt();
				InterruptedException interrupted = new InterruptedException(
						"Interrupted while asking the shared rate-limit bucket of provider '" + this.provider + "'");
				interrupted.initCause(ex);
				throw interrupted;
			}
			storeFailed(ex);
			// Made again once the store has rested: a bucket on a closed connection stays
			// broken. Only the one that failed: another caller may have made a new one.
			if (used != null) {
				this.shared.compareAndSet(used, null);
			}
			return call.apply(fallback);
		}
	}

	/**
	 * Run an operation on the shared bucket or, if its store fails, on the local one. An
	 * interrupt keeps the thread's flag and leaves the store's own exception.
	 */
	<T> T call(Function<Bucket, T> call) {
		try {
			return blocking(call::apply);
		}
		catch (InterruptedException ex) {
			throw (ex.getCause() instanceof RuntimeException storeFailure) ? storeFailure
					: new IllegalStateException(ex);
		}
	}

	private Bucket sharedBucket() {
		Bucket bucket = this.shared.get();
		if (bucket == null) {
			// Two callers may both make the bucket's proxy: it is cheap, and both name one key.
			bucket = this.primary.get();
			this.shared.compareAndSet(null, bucket);
		}
		return bucket;
	}

	/**
	 * Whether a store operation failed because the calling thread was interrupted: its
	 * flag is set (Bucket4j's Lettuce integration sets it again) or an
	 * {@link InterruptedException} is among the causes.
	 */
	static boolean interrupted(Throwable ex) {
		if (Thread.currentThread().isInterrupted()) {
			return true;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InterruptedException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a shared bucket's store failed lately, so the local bucket stands in.
	 */
	boolean onFallback() {
		return this.fallback != null && resting();
	}

	private boolean resting() {
		return this.time.currentTimeNanos() - this.storeRestsUntil.get() < 0;
	}

	/** Only the exception's type: a store's message may name hosts and user names. */
	private void storeFailed(RuntimeException ex) {
		long now = this.time.currentTimeNanos();
		this.storeRestsUntil.accumulateAndGet(now + STORE_REST_NANOS, Math::max);
		long next = this.nextWarning.get();
		if (now - next >= 0 && this.nextWarning.compareAndSet(next, now + WARNING_INTERVAL_NANOS)) {
			logger.warn("The shared rate-limit bucket of provider '" + this.provider + "' cannot be reached ("
					+ ex.getClass().getName() + "); this instance limits itself with a local bucket meanwhile, so "
					+ "together the instances may exceed the provider's limit");
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Shared rate-limit bucket of provider '" + this.provider + "' failed: "
					+ ex.getClass().getName());
		}
	}

	/**
	 * An operation on a bucket that may wait.
	 *
	 * @param <T> its result
	 */
	@FunctionalInterface
	interface BlockingCall<T> {

		T apply(Bucket bucket) throws InterruptedException;

	}

}
