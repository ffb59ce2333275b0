package io.github.genmedia.providers.job;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * One job between polls: a timer entry of the {@link JobPoller}, never a waiting thread.
 * One poll at a time: a poll asked for while one runs (a webhook) is dropped, since the
 * running one schedules the next.
 *
 * @param <R> the result
 */
final class WatchedJob<R> {

	private static final Log logger = LogFactory.getLog(JobPoller.class);

	private final JobPoller poller;

	private final JobTracker<R> tracker;

	private final GenerationJob<R> job;

	private final PollingSettings settings;

	private final PollSchedule schedule;

	private final @Nullable DurationHistory history;

	private final Instant started;

	private final AtomicBoolean polling = new AtomicBoolean();

	private int failures;

	private int polls;

	private volatile boolean asked;

	/** Set when a poll was asked for while another was under way. */
	private volatile boolean rerun;

	private volatile @Nullable ScheduledFuture<?> next;

	WatchedJob(JobPoller poller, JobTracker<R> tracker, String jobId, PollingSettings settings, PollSchedule schedule,
			@Nullable DurationHistory history) {
		this.poller = poller;
		this.tracker = tracker;
		this.job = new GenerationJob<>(tracker.provider(), jobId);
		this.settings = settings;
		this.schedule = schedule;
		this.history = history;
		this.started = poller.now();
	}

	GenerationJob<R> job() {
		return this.job;
	}

	void start(boolean resumed) {
		scheduleIn(this.schedule.first(resumed));
	}

	/**
	 * Whether this poll should wait longer: nothing is polled before the quickest few
	 * percent of recent jobs finish, and what was learned since the job was submitted
	 * (or since its last poll, for a job submitted before there was anything to learn)
	 * may have moved that time later.
	 */
	private boolean firstPollMovedLater() {
		if (this.history == null) {
			return false;
		}
		Duration elapsed = elapsed();
		Duration wait = this.schedule.first(false).minus(elapsed);
		Duration lastChance = this.settings.deadline().minus(elapsed).minus(this.settings.interval());
		if (wait.compareTo(Duration.ofMillis(1)) <= 0 || wait.compareTo(lastChance) >= 0) {
			return false;
		}
		return defer(wait);
	}

	/** Under the lock {@link #pollNow} schedules with, so that a webhook's poll is never deferred. */
	private synchronized boolean defer(Duration wait) {
		if (this.asked) {
			return false;
		}
		scheduleIn(wait);
		return true;
	}

	void pollNow() {
		this.asked = true;
		this.rerun = true;
		scheduleIn(Duration.ZERO);
	}

	private synchronized void scheduleIn(Duration wait) {
		if (this.job.future().isDone() || this.poller.isClosed()) {
			return;
		}
		ScheduledFuture<?> previous = this.next;
		if (previous != null) {
			previous.cancel(false);
		}
		Duration left = this.settings.deadline().minus(elapsed());
		this.next = this.poller.schedule(this::poll, (wait.compareTo(left) > 0) ? left : wait);
	}

	private void poll() {
		if (this.job.future().isDone()) {
			return;
		}
		if (!this.polling.compareAndSet(false, true)) {
			// A poll is under way: it polls again when it ends, so this one is not lost.
			this.rerun = true;
			return;
		}
		this.rerun = false;
		try {
			if (elapsed().compareTo(this.settings.deadline()) >= 0) {
				this.job.future()
					.completeExceptionally(new JobDeadlineExceededException(this.tracker.provider(), this.job.jobId(),
							this.settings.deadline(), this.job.state()));
				return;
			}
			if (firstPollMovedLater()) {
				return;
			}
			JobStatus<R> status;
			try {
				this.polls++;
				status = this.tracker.poll(this.job.jobId());
			}
			catch (RuntimeException ex) {
				this.failures++;
				this.poller.observer().polled(this.tracker.provider(), "error");
				logger.debug(LogMessage.format("Polling job %s of provider '%s' failed (%s); trying again later",
						this.job.jobId(), this.tracker.provider(), ex.getClass().getSimpleName()));
				scheduleIn(this.schedule.afterFailure(this.failures, RequestedWait.of(ex)));
				return;
			}
			this.failures = 0;
			apply(status);
		}
		finally {
			this.polling.set(false);
			if (this.rerun) {
				this.rerun = false;
				scheduleIn(Duration.ZERO);
			}
		}
	}

	private void apply(JobStatus<R> status) {
		String provider = this.tracker.provider();
		String jobId = this.job.jobId();
		if (status instanceof JobStatus.Running<R> running) {
			this.poller.observer().polled(provider, "running");
			this.job.running(running.state(), running.progress());
			scheduleIn(this.schedule.afterRunning(elapsed(), running.progress()));
		}
		else if (status instanceof JobStatus.Succeeded<R> succeeded) {
			this.poller.observer().polled(provider, "succeeded");
			if (this.history != null) {
				recordDuration();
			}
			this.job.future().complete(succeeded.result());
		}
		else if (status instanceof JobStatus.TimedOut<R> timedOut) {
			this.poller.observer().polled(provider, "timed_out");
			this.job.future().completeExceptionally(new JobTimedOutException(provider, jobId, timedOut.reason()));
		}
		else if (status instanceof JobStatus.Failed<R> failed) {
			this.poller.observer().polled(provider, "failed");
			this.job.future().completeExceptionally(new JobFailedException(provider, jobId, failed.reason()));
		}
	}

	/**
	 * Teach the history how long the job took: about half an interval before it was seen
	 * done; or, when the first poll already found it done, only that it took less than
	 * that, which is recorded as half of it so that the first poll moves earlier.
	 */
	private void recordDuration() {
		Duration elapsed = elapsed();
		if (this.polls == 1) {
			this.history.record(elapsed.dividedBy(2));
		}
		else {
			Duration estimate = elapsed.minus(this.settings.interval().dividedBy(2));
			this.history.record(estimate.isNegative() ? Duration.ZERO : estimate);
		}
	}

	void finished(@Nullable Throwable failure) {
		this.poller.forget(this);
		ScheduledFuture<?> scheduled = this.next;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
		String outcome = (failure == null) ? "succeeded" : (failure instanceof CancellationException) ? "cancelled"
				: (failure instanceof JobTimedOutException) ? "timed_out"
						: (failure instanceof JobDeadlineExceededException) ? "deadline" : "failed";
		this.poller.observer().finished(this.tracker.provider(), outcome, elapsed());
		logger.debug(LogMessage.format("Job %s of provider '%s': %s after %s", this.job.jobId(),
				this.tracker.provider(), outcome, elapsed()));
	}

	private Duration elapsed() {
		return Duration.between(this.started, this.poller.now());
	}

}
