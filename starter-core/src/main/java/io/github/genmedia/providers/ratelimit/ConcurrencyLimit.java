package io.github.genmedia.providers.ratelimit;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * The places for requests in flight on this instance: a fair semaphore, so that callers
 * get their place in the order they asked.
 * <p>
 * Per instance by nature: a place is held by a thread of this JVM until its request is
 * answered, which no shared store could see end if the JVM died.
 */
final class ConcurrencyLimit {

	private final int places;

	private final Semaphore semaphore;

	ConcurrencyLimit(int places) {
		this.places = places;
		this.semaphore = new Semaphore(places, true);
	}

	/**
	 * Take a place, waiting at most the given time.
	 * @param maxWaitNanos the longest wait
	 * @return the permit that gives the place back, or {@code null} when none came free
	 * @throws InterruptedException if the thread is interrupted while it waits
	 */
	@Nullable RateLimitPermit tryAcquire(long maxWaitNanos) throws InterruptedException {
		return this.semaphore.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS) ? permit() : null;
	}

	/**
	 * Take a place if one is free now, ahead of callers that wait for one.
	 * @return the permit that gives the place back, or {@code null} when none is free
	 */
	@Nullable RateLimitPermit tryNow() {
		return this.semaphore.tryAcquire() ? permit() : null;
	}

	private RateLimitPermit permit() {
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				this.semaphore.release();
			}
		};
	}

	int places() {
		return this.places;
	}

	int inFlight() {
		return this.places - this.semaphore.availablePermits();
	}

}
