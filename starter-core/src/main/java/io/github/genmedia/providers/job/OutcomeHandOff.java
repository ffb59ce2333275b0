package io.github.genmedia.providers.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.genmedia.providers.scheduling.Bulkheads;

/**
 * Keeps the bookkeeping of an outcome (ending its record in the {@link JobStore}, telling
 * the {@link GenerationJobListener}) off the scheduler's thread: a deadline completes its
 * job there, and the store may wait for Redis and the listener is the application's, while
 * every poll, deadline and refresh of the starter waits for that one thread. Such an
 * outcome is handed to its provider's poll lane; an outcome reached elsewhere (a poll
 * thread, the thread that cancels) is handled on the spot, as before.
 * <p>
 * Closing lanes drops the tasks they have not run. An outcome handed off stays pending
 * until it has run, once: {@link #runLeft()} runs what the closed lanes left, and an
 * outcome handed off once the lanes are closing runs at once on the thread that reached
 * it.
 */
final class OutcomeHandOff {

	/** Set while a deadline runs on the scheduler's thread. */
	private static final ThreadLocal<Boolean> ON_TIMER = new ThreadLocal<>();

	private final Bulkheads lanes;

	private final Set<Runnable> pending = ConcurrentHashMap.newKeySet();

	private volatile boolean closing;

	OutcomeHandOff(Bulkheads lanes) {
		this.lanes = lanes;
	}

	/**
	 * Mark a timer task of the scheduler: an outcome it reaches is handed off.
	 * @param task the deadline
	 * @return the task to schedule
	 */
	Runnable onTimer(Runnable task) {
		return () -> {
			ON_TIMER.set(Boolean.TRUE);
			try {
				task.run();
			}
			finally {
				ON_TIMER.remove();
			}
		};
	}

	/**
	 * Do an outcome's bookkeeping: in its provider's lane when reached on a timer,
	 * otherwise at once.
	 */
	void finished(String provider, Runnable bookkeeping) {
		if (ON_TIMER.get() == null) {
			bookkeeping.run();
			return;
		}
		this.pending.add(bookkeeping);
		this.lanes.execute(provider, () -> runIfPending(bookkeeping));
		if (this.closing) {
			// The lanes are closing and may have dropped it, or never taken it.
			runIfPending(bookkeeping);
		}
	}

	/**
	 * Run, on the calling thread, the outcomes handed to lanes that are now closed and
	 * did not run them.
	 */
	void runLeft() {
		this.closing = true;
		this.pending.forEach(this::runIfPending);
	}

	/** Run an outcome unless another thread has: whoever removes it runs it. */
	private void runIfPending(Runnable bookkeeping) {
		if (this.pending.remove(bookkeeping)) {
			bookkeeping.run();
		}
	}

}
