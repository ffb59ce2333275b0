package io.github.genmedia.providers.job;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * The poller's side of a {@link JobStore}: a job is recorded when it starts being
 * followed and its record ended at its outcome, which the one instance that ends it
 * tells the {@link GenerationJobListener}. A job that stops being followed because the
 * poller closes keeps its record, for another instance to take up. The store failing
 * never fails a job: the job is followed all the same, and its outcome is told rather
 * than lost (so, while the store is unreachable, perhaps by two instances).
 * <p>
 * {@link #finished} may wait for the store (a Redis round trip) and runs the
 * application's listener: it runs on the thread that reached the outcome (a poll thread,
 * the thread that cancels) or, for a deadline, in the provider's outcome lane, never on
 * the scheduler's thread while the poller is open (see {@link OutcomeHandOff}).
 */
final class JobRecords {

	private static final Log logger = LogFactory.getLog(JobPoller.class);

	private final JobStore store;

	private final GenerationJobListener listener;

	JobRecords(JobStore store, GenerationJobListener listener) {
		this.store = store;
		this.listener = listener;
	}

	/**
	 * Record a job that starts being followed, submitted with the correlation key in
	 * scope on the calling thread.
	 * @return what was recorded
	 */
	JobRecord started(String provider, String jobId, Instant now, PollingSettings settings) {
		JobRecord job = new JobRecord(provider, jobId, now, now.plus(settings.deadline()), JobCorrelation.current());
		try {
			this.store.record(job);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Job %s of provider '%s' could not be recorded in %s (%s); it is followed "
					+ "by this instance only", jobId, provider, this.store, ex));
		}
		return job;
	}

	void finished(JobRecord job, @Nullable Object result, @Nullable Throwable failure, boolean closing) {
		if (failure instanceof CancellationException && closing) {
			return;
		}
		Optional<JobRecord> record;
		try {
			record = this.store.forget(job.provider(), job.jobId());
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("The record of job %s of provider '%s' could not be ended in %s (%s); its "
					+ "outcome is told from here", job.jobId(), job.provider(), this.store, ex));
			record = Optional.of(job);
		}
		if (record.isEmpty() || failure instanceof CancellationException) {
			return;
		}
		JobOutcome outcome = new JobOutcome(job.provider(), job.jobId(), record.get().correlationKey(), result,
				failure);
		try {
			this.listener.onOutcome(outcome);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("The listener of job outcomes failed for job %s of provider '%s'",
					job.jobId(), job.provider()), ex);
		}
	}

	void pollElsewhere(String provider, String jobId) {
		try {
			this.store.pollElsewhere(provider, jobId);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Could not ask other instances to poll job %s of provider '%s' (%s)", jobId,
					provider, ex));
		}
	}

	String storeName() {
		return this.store.name();
	}

	/**
	 * A secret the fleet shares, or the proposal, this instance's own, when the store is
	 * not shared or cannot be reached at the time.
	 */
	String sharedSecret(String name, String proposal) {
		try {
			return this.store.sharedSecret(name, proposal);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("The shared secret '%s' could not be read from %s (%s); this instance "
					+ "uses one of its own", name, this.store, ex));
			return proposal;
		}
	}

}
