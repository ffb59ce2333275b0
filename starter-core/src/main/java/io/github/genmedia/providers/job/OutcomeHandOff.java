package io.github.genmedia.providers.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.genmedia.providers.scheduling.Bulkheads;

/**
 * Keeps a deadline's outcome off the scheduler's thread: the deadline is a timer there,
 * but completing the job runs the application's {@link GenerationJob#onCompletion}
 * callbacks (and any stage chained on its future), ends its record in the
 * {@link JobStore} (a Redis round trip) and tells the {@link GenerationJobListener},
 * while every poll, deadline and refresh of the starter waits for that one thread. The
 * timer therefore only hands the deadline to its provider's outcome lane: one thread
 * ({@code genmedia-job-outcome-sunor-1}), apart from the provider's poll lane, so that a
 * deadline never waits behind the polls it ends. A slow callback holds the deadlines of
 * its own provider only.
 * <p>
 * Closing lanes drops the tasks they have not run. A deadline handed off stays pending
 * until it has run, once: {@link #close()} runs on the calling thread what the closed
 * lanes left, before the poller cancels the jobs still in flight, so that a deadline
 * that passed ends its job as a deadline; one handed off once the lanes are closing runs
 * at once on the thread whose timer fired.
 */
final class OutcomeHandOff {

	private final Bulkheads lanes;

	private final Set<Runnable> pending = ConcurrentHashMap.newKeySet();

	private volatile boolean closing;

	OutcomeHandOff(Bulkheads lanes) {
		this.lanes = lanes;
	}

	/**
	 * End a job whose deadline passed in its provider's outcome lane.
	 * @param provider the job's provider
	 * @param expire completes the job's future
	 */
	void deadlinePassed(String provider, Runnable expire) {
		this.pending.add(expire);
		this.lanes.execute(provider, () -> runIfPending(expire));
		if (this.closing) {
			// The lanes are closing and may have dropped it, or never taken it.
			runIfPending(expire);
		}
	}

	/**
	 * Close the lanes (a callback they run is interrupted) and run, on the calling thread,
	 * the deadlines they had not run.
	 */
	void close() {
		this.closing = true;
		this.lanes.close();
		this.pending.forEach(this::runIfPending);
	}

	/** Run a deadline unless another thread has: whoever removes it runs it. */
	private void runIfPending(Runnable expire) {
		if (this.pending.remove(expire)) {
			expire.run();
		}
	}

}
