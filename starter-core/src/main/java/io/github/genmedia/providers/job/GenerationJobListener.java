package io.github.genmedia.providers.job;

/**
 * Told the outcome of every job, once: the way to learn the outcome of a job that
 * outlives the instance that submitted it, since its future does not. With a shared
 * {@link JobStore}, the one instance that ends a job's record tells it, whichever
 * instance submitted the job.
 * <p>
 * Called on a poll thread of the job's provider, for a deadline on its outcome thread
 * (the scheduler's timers never wait for it), or, for an outcome reached as the poller
 * closes, on the closing thread: keep it short, and hand long work to an executor of your
 * own, since the provider's next polls, or its next deadlines, wait for the thread. What it throws is logged, not retried.
 * A job the application cancels, or that stops being followed because its instance is
 * closing, has no outcome yet and is not told.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface GenerationJobListener {

	/** Tells nobody. */
	GenerationJobListener NONE = (outcome) -> {
	};

	/**
	 * A job has its outcome.
	 * @param outcome the job and its result or failure
	 */
	void onOutcome(JobOutcome outcome);

}
