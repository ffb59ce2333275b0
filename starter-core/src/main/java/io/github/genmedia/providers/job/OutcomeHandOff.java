package io.github.genmedia.providers.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.genmedia.providers.scheduling.Bulkheads;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the bookkeeping of an outcome (ending its record in the {@link JobStore}, telling
 * the {@link GenerationJobListener}) off the scheduler's thread: a deadline completes its
 * job there, and the store may wait for Redis and the listener is the application's, while
 * every poll, deadline and refresh of the starter waits for that one thread. A deadline's
 * outcome ({@link JobDeadlineExceededException}) is therefore handed to its provider's poll
 * lane; any other outcome (reached on a poll thread, or on the thread that cancels) is
 * handled on the spot, as before.
 * <p>
 * Closing lanes drops the tasks they have not run. An outcome handed off stays pending
 * until it has run, once: {@link #runLeft()} runs what the closed lanes left, and an
 * outcome handed off once the lanes are closing runs at once on the thread that reached
 * it.
 */
final class OutcomeHandOff {

	private final Bulkheads lanes;

	private final Set<Runnable> pending = ConcurrentHashMap.newKeySet();

	private volatile boolean closing;

	OutcomeHandOff(Bulkheads lanes) {
		this.lanes = lanes;
	}

	/**
	 * Do an outcome's bookkeeping: in its provider's lane for a deadline, otherwise at
	 * once.
	 */
	void finished(String provider, @Nullable Throwable failure, Runnable bookkeeping) {
		if (!(failure instanceof JobDeadlineExceededException)) {
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
