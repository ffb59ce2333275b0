package io.github.genmedia.providers.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.log.LogMessage;

/**
 * Follows every job of the application to its outcome with one scheduler thread and a
 * few poll threads, however many jobs are in flight: a job is a timer entry between
 * polls, not a waiting thread.
 * <p>
 * Polls are spaced by a {@link PollSchedule} and made on the poll threads (the HTTP call
 * may wait for the client's own retries). A poll that fails is tried again later,
 * backing off; the job is not lost. Job ids are logged at DEBUG with their provider.
 */
public final class JobPoller implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(JobPoller.class);

	private final ScheduledThreadPoolExecutor scheduler;

	private final ThreadPoolExecutor polls;

	private final Clock clock;

	private final JobObserver observer;

	private final Map<String, DurationHistory> histories = new ConcurrentHashMap<>();

	private final Map<String, WatchedJob<?>> inFlight = new ConcurrentHashMap<>();

	/**
	 * Create a poller.
	 * @param pollThreads how many polls may run at once
	 * @param clock the clock
	 * @param observer told about polls and outcomes
	 */
	public JobPoller(int pollThreads, Clock clock, JobObserver observer) {
		this.scheduler = new ScheduledThreadPoolExecutor(1, daemons("genmedia-jobs-"));
		this.scheduler.setRemoveOnCancelPolicy(true);
		this.polls = new ThreadPoolExecutor(pollThreads, pollThreads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				daemons("genmedia-job-poll-"));
		this.polls.allowCoreThreadTimeOut(true);
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
	 * @return the job
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
		WatchedJob<?> job = this.inFlight.get(key(provider, jobId));
		if (job == null) {
			return false;
		}
		job.pollNow();
		return true;
	}

	/**
	 * Return how many jobs of a provider are being followed.
	 * @param provider the provider
	 * @return the number of jobs in flight
	 */
	public int inFlight(String provider) {
		return (int) this.inFlight.values().stream().filter((job) -> job.job().provider().equals(provider)).count();
	}

	/**
	 * Stop following every job; their futures are cancelled.
	 */
	@Override
	public void close() {
		this.inFlight.values().forEach((job) -> job.job().cancel());
		this.scheduler.shutdownNow();
		this.polls.shutdownNow();
	}

	private <R> GenerationJob<R> start(JobTracker<R> tracker, String jobId, PollingSettings settings, boolean resumed) {
		DurationHistory history = this.histories.computeIfAbsent(tracker.provider(), (name) -> new DurationHistory());
		WatchedJob<R> watched = new WatchedJob<>(this, tracker, jobId, settings, new PollSchedule(settings, history),
				resumed ? null : history);
		this.inFlight.put(key(tracker.provider(), jobId), watched);
		watched.job().future().whenComplete((result, failure) -> watched.finished(failure));
		logger.debug(LogMessage.format("%s job %s of provider '%s'", resumed ? "Resuming" : "Following", jobId,
				tracker.provider()));
		watched.start(resumed);
		return watched.job();
	}

	/**
	 * Run a poll after a delay: the scheduler thread only hands it to a poll thread.
	 */
	ScheduledFuture<?> schedule(Runnable poll, Duration delay) {
		return this.scheduler.schedule(() -> this.polls.execute(poll), Math.max(0, delay.toMillis()),
				TimeUnit.MILLISECONDS);
	}

	boolean isClosed() {
		return this.scheduler.isShutdown();
	}

	Instant now() {
		return this.clock.instant();
	}

	JobObserver observer() {
		return this.observer;
	}

	void forget(WatchedJob<?> job) {
		this.inFlight.remove(key(job.job().provider(), job.job().jobId()), job);
	}

	private static String key(String provider, String jobId) {
		return provider + "\u0000" + jobId;
	}

	private static ThreadFactory daemons(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
