package io.github.genmedia.providers.job;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * One job between polls: a timer entry of the {@link JobPoller}, never a waiting thread.
 * One poll at a time: a poll asked for while one runs (a webhook) is dropped, since the
 * running one schedules the next. The deadline is a timer of its own on the scheduler,
 * which ends the job in its provider's outcome lane, apart from its polls, so it fires on
 * time even while a poll waits (for a rate-limit permit, a slow provider, a tracker that
 * hangs), and the callbacks it runs hold no timer; every path ends in a completed future.
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

	/** The provider's history, taught this job's duration; {@code null} for a job started elsewhere. */
	private final @Nullable DurationHistory history;

	private final Instant started;

	private final JobObservation observation;

	private final AtomicBoolean polling = new AtomicBoolean();

	private int failures;

	/** Counted by one poll at a time, read once the job has its outcome, on any thread. */
	private final AtomicInteger polls = new AtomicInteger();

	/** Set when the last poll said the provider does not know the job; the next one confirms it. */
	private boolean notFound;

	private volatile boolean asked;

	/** Set when a poll was asked for while another was under way. */
	private volatile boolean rerun;

	private volatile @Nullable ScheduledFuture<?> next;

	private volatile @Nullable ScheduledFuture<?> deadline;

	/**
	 * Follow a job, its polls spaced by what its provider's history says: a job started
	 * elsewhere is polled at once and its duration, unknown, not recorded.
	 */
	WatchedJob(JobPoller poller, JobToFollow<R> toFollow, DurationHistory history, JobObservation observation) {
		this.poller = poller;
		this.tracker = toFollow.tracker();
		this.job = new GenerationJob<>(toFollow.provider(), toFollow.jobId());
		this.settings = toFollow.settings();
		this.schedule = new PollSchedule(this.settings, history);
		this.history = toFollow.resumed() ? null : history;
		this.started = poller.now();
		this.observation = observation;
	}

	GenerationJob<R> job() {
		return this.job;
	}

	void start() {
		this.deadline = this.poller.atDeadline(this.tracker.provider(), this::deadlinePassed,
				this.settings.deadline());
		scheduleIn(this.schedule.first(this.history == null));
	}

	private void deadlinePassed() {
		this.job.future()
			.completeExceptionally(new JobDeadlineExceededException(this.tracker.provider(), this.job.jobId(),
					this.settings.deadline(), this.job.state()));
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
		this.next = this.poller.schedule(this.tracker.provider(), this::poll, (wait.compareTo(left) > 0) ? left : wait);
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
				// Its own timer may not have fired yet: the job ends in the outcome lane all the same.
				this.poller.deadlinePassed(this.tracker.provider(), this::deadlinePassed);
				return;
			}
			if (firstPollMovedLater()) {
				return;
			}
			JobStatus<R> status;
			try {
				this.polls.incrementAndGet();
				status = this.observation.scoped(() -> this.tracker.poll(this.job.jobId()));
			}
			catch (RuntimeException ex) {
				String notFound = this.tracker.notFound(ex);
				if (notFound != null) {
					apply(new JobStatus.NotFound<>(notFound));
				}
				else {
					failed(ex.getClass().getSimpleName(), RequestedWait.of(ex));
				}
				return;
			}
			catch (Error error) {
				// Not for a poll to swallow (an assertion, out of memory): the job ends with
				// it, and the thread's handler reports it.
				this.job.future().completeExceptionally(error);
				throw error;
			}
			if (status == null) {
				failed("no status", null);
				return;
			}
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

	/**
	 * A poll that told nothing: try again later, backing off; the deadline still holds.
	 */
	private void failed(String why, @Nullable Duration requestedWait) {
		this.failures++;
		this.poller.observer().polled(this.tracker.provider(), "error");
		logger.debug(LogMessage.format("Polling job %s of provider '%s' failed (%s); trying again later",
				this.job.jobId(), this.tracker.provider(), why));
		scheduleIn(this.schedule.afterFailure(this.failures, requestedWait));
	}

	private void apply(JobStatus<R> status) {
		String provider = this.tracker.provider();
		String jobId = this.job.jobId();
		if (status instanceof JobStatus.NotFound<R> notFound) {
			this.poller.observer().polled(provider, "not_found");
			if (this.notFound) {
				this.job.future().completeExceptionally(new JobNotFoundException(provider, jobId, notFound.reason()));
				return;
			}
			// A job just submitted may not be visible yet everywhere at the provider: ask once more.
			this.notFound = true;
			scheduleIn(this.settings.interval());
			return;
		}
		this.notFound = false;
		this.failures = 0;
		if (status instanceof JobStatus.Running<R> running) {
			this.poller.observer().polled(provider, "running");
			this.job.running(running.state(), running.progress());
			scheduleIn(this.schedule.afterRunning(elapsed(), running.progress()));
		}
		else if (status instanceof JobStatus.Succeeded<R> succeeded) {
			this.poller.observer().polled(provider, "succeeded");
			if (this.history != null) {
				recordDuration(this.history);
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
	private void recordDuration(DurationHistory history) {
		Duration elapsed = elapsed();
		if (this.polls.get() == 1) {
			history.record(elapsed.dividedBy(2));
		}
		else {
			Duration estimate = elapsed.minus(this.settings.interval().dividedBy(2));
			history.record(estimate.isNegative() ? Duration.ZERO : estimate);
		}
	}

	void finished(@Nullable Throwable failure) {
		this.poller.forget(this);
		cancel(this.next);
		cancel(this.deadline);
		String outcome = outcome(failure);
		this.poller.observer().finished(this.tracker.provider(), outcome, elapsed());
		this.observation.finished(outcome, this.polls.get(), failure);
		logger.debug(LogMessage.format("Job %s of provider '%s': %s after %s", this.job.jobId(),
				this.tracker.provider(), outcome, elapsed()));
	}

	private static String outcome(@Nullable Throwable failure) {
		if (failure == null) {
			return "succeeded";
		}
		if (failure instanceof CancellationException) {
			return "cancelled";
		}
		if (failure instanceof JobTimedOutException) {
			return "timed_out";
		}
		if (failure instanceof JobDeadlineExceededException) {
			return "deadline";
		}
		return (failure instanceof JobNotFoundException) ? "not_found" : "failed";
	}

	private static void cancel(@Nullable ScheduledFuture<?> timer) {
		if (timer != null) {
			timer.cancel(false);
		}
	}

	private Duration elapsed() {
		return Duration.between(this.started, this.poller.now());
	}

}
