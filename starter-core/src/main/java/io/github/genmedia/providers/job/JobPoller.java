package io.github.genmedia.providers.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * Follows every job of the application to its outcome with one scheduler thread and a
 * few poll threads per provider, however many jobs are in flight: a job is a timer entry
 * between polls, not a waiting thread.
 * <p>
 * Polls are spaced by a {@link PollSchedule} and made on their provider's own poll
 * threads (the HTTP call may wait for the client's own retries or a rate-limit permit),
 * so a slow provider delays its own jobs only. Deadlines are timers of the scheduler,
 * never waiting for a poll. A poll that fails is tried again later, backing off; the job
 * is not lost. Once closed, the poller refuses new jobs with a
 * {@link JobPollerClosedException}. Job ids are logged at DEBUG with their provider.
 */
public final class JobPoller implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(JobPoller.class);

	private final ScheduledThreadPoolExecutor scheduler;

	private final ProviderPollThreads polls;

	private final Clock clock;

	private final JobObserver observer;

	private final Map<String, DurationHistory> histories = new ConcurrentHashMap<>();

	private final JobsInFlight inFlight = new JobsInFlight();

	private volatile boolean closed;

	/**
	 * Create a poller.
	 * @param pollThreads how many polls of one provider may run at once, on threads of
	 * that provider's own
	 * @param clock the clock
	 * @param observer told about polls and outcomes
	 */
	public JobPoller(int pollThreads, Clock clock, JobObserver observer) {
		this.polls = new ProviderPollThreads(pollThreads);
		this.scheduler = new ScheduledThreadPoolExecutor(1, ProviderPollThreads.daemons("genmedia-jobs-"));
		this.scheduler.setRemoveOnCancelPolicy(true);
		this.clock = clock;
		this.observer = observer;
	}

	/**
	 * Follow a job just submitted.
	 * @param <R> its result
	 * @param tracker how to ask its provider about it
	 * @param jobId its id
	 * @param settings how to poll
	 * @return the job
	 * @throws JobPollerClosedException if the poller is closed
	 */
	public <R> GenerationJob<R> watch(JobTracker<R> tracker, String jobId, PollingSettings settings) {
		return start(tracker, jobId, settings, false);
	}

	/**
	 * Follow a job started by another process or before a restart: the first poll is made
	 * at once, and the deadline counts from now.
	 * @param <R> its result
	 * @param tracker how to ask its provider about it
	 * @param jobId its id
	 * @param settings how to poll
	 * @return the job; resuming a job followed already gives another future of its own
	 * @throws JobPollerClosedException if the poller is closed
	 */
	public <R> GenerationJob<R> resume(JobTracker<R> tracker, String jobId, PollingSettings settings) {
		return start(tracker, jobId, settings, true);
	}

	/**
	 * Poll a job at once, because the provider said something changed (a webhook).
	 * @param provider the provider
	 * @param jobId the job's id
	 * @return {@code true} if the job is being followed here
	 */
	public boolean pollNow(String provider, String jobId) {
		List<WatchedJob<?>> watched = this.inFlight.of(provider, jobId);
		watched.forEach(WatchedJob::pollNow);
		return !watched.isEmpty();
	}

	/**
	 * Refuse to submit a job that could not be followed: call before sending it, so that
	 * no generation is charged once the application is shutting down.
	 * @param provider the provider
	 * @throws JobPollerClosedException if the poller is closed
	 */
	public void checkOpen(String provider) {
		if (this.closed) {
			throw new JobPollerClosedException(provider, null);
		}
	}

	/**
	 * Return how many jobs of a provider are being followed.
	 * @param provider the provider
	 * @return the number of jobs in flight
	 */
	public int inFlight(String provider) {
		return this.inFlight.count(provider);
	}

	/**
	 * Stop following every job; their futures are cancelled, and new ones are refused.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.inFlight.all().forEach((job) -> job.job().cancel());
		this.scheduler.shutdownNow();
		this.polls.close();
	}

	private <R> GenerationJob<R> start(JobTracker<R> tracker, String jobId, PollingSettings settings, boolean resumed) {
		if (this.closed) {
			throw new JobPollerClosedException(tracker.provider(), jobId);
		}
		DurationHistory history = this.histories.computeIfAbsent(tracker.provider(), (name) -> new DurationHistory());
		WatchedJob<R> watched = new WatchedJob<>(this, tracker, jobId, settings, new PollSchedule(settings, history),
				resumed ? null : history);
		this.inFlight.add(watched);
		watched.job().future().whenComplete((result, failure) -> watched.finished(failure));
		if (this.closed) {
			// Closed meanwhile, perhaps before close() saw this job.
			watched.job().cancel();
			throw new JobPollerClosedException(tracker.provider(), jobId);
		}
		logger.debug(LogMessage.format("%s job %s of provider '%s'", resumed ? "Resuming" : "Following", jobId,
				tracker.provider()));
		watched.start(resumed);
		return watched.job();
	}

	/**
	 * Run a poll after a delay: the scheduler thread only hands it to a poll thread of
	 * its provider.
	 */
	@Nullable ScheduledFuture<?> schedule(String provider, Runnable poll, Duration delay) {
		return later(() -> this.polls.execute(provider, poll), delay);
	}

	/**
	 * Run a job's deadline on the scheduler thread itself: it only completes a future,
	 * and must not wait behind polls.
	 */
	@Nullable ScheduledFuture<?> atDeadline(Runnable expire, Duration deadline) {
		return later(expire, deadline);
	}

	/**
	 * Schedule a task, or nothing once the scheduler stopped (the poller closed, and the
	 * job with it).
	 */
	private @Nullable ScheduledFuture<?> later(Runnable task, Duration delay) {
		try {
			return this.scheduler.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			return null;
		}
	}

	boolean isClosed() {
		return this.closed;
	}

	Instant now() {
		return this.clock.instant();
	}

	JobObserver observer() {
		return this.observer;
	}

	void forget(WatchedJob<?> job) {
		this.inFlight.remove(job);
	}

}
