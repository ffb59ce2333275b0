package io.github.genmedia.providers.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

import io.github.genmedia.providers.scheduling.Bulkheads;
import io.github.genmedia.providers.scheduling.StarterSchedulers;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Follows every job of the application to its outcome with a scheduler's timers and a
 * few poll threads per provider, however many jobs are in flight: a job is a timer entry
 * between polls, not a waiting thread.
 * <p>
 * Polls are spaced by a {@link PollSchedule} and made in their provider's own
 * {@link Bulkheads} lane (the HTTP call may wait for the client's own retries or a
 * rate-limit permit), so a slow provider delays its own jobs only. Deadlines are timers
 * of the scheduler, which hand them to their provider's outcome lane, one thread apart
 * from its polls: a deadline never waits for a poll, and the callbacks of the job it
 * ends, its {@link JobStore} and {@link GenerationJobListener} run there, so that
 * however slow they are they hold no timer. A poll that fails is tried again
 * later, backing off; the job is not lost. Once closed, the poller refuses new jobs with
 * a {@link JobPollerClosedException}. Job ids are logged at DEBUG with their provider.
 * <p>
 * Each job is one {@link JobObservation} in the given {@link ObservationRegistry}, from
 * submission to outcome; the HTTP requests of its polls are its children.
 * <p>
 * {@link #JobPoller(int, Clock, JobObserver) The constructor} makes a poller of its own
 * threads that records its jobs in memory; {@link #builder()} makes any other, such as
 * the auto-configured one, on the application's shared threads with its
 * {@link ObservationRegistry}, {@link JobStore} and {@link GenerationJobListener}.
 *
 * @since 0.1.0
 */
public final class JobPoller implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(JobPoller.class);

	/** The start of the names of a provider's poll threads, when they are platform threads. */
	public static final String POLL_THREAD_PREFIX = "genmedia-job-poll-";

	/**
	 * The start of the names of a provider's outcome thread, which ends its jobs whose
	 * deadline passed, when it is a platform thread.
	 */
	public static final String OUTCOME_THREAD_PREFIX = "genmedia-job-outcome-";

	private final TaskScheduler scheduler;

	private final @Nullable ThreadPoolTaskScheduler ownScheduler;

	private final Bulkheads polls;

	private final Clock clock;

	private final JobObserver observer;

	private final ObservationRegistry observations;

	private final Map<String, DurationHistory> histories = new ConcurrentHashMap<>();

	private final JobsInFlight inFlight = new JobsInFlight();

	private final JobRecords records;

	private final OutcomeHandOff outcomes;

	private volatile boolean closed;

	/**
	 * Create a poller with threads of its own: a scheduler thread ({@code genmedia-jobs-1}),
	 * poll threads and an outcome thread per provider, all stopped by {@link #close()}. Its jobs are
	 * recorded in memory and observed by no {@link ObservationRegistry}: see
	 * {@link #builder()} for the rest.
	 * @param pollThreads how many polls of one provider may run at once, on threads of
	 * that provider's own
	 * @param clock the clock
	 * @param observer told about polls and outcomes
	 */
	public JobPoller(int pollThreads, Clock clock, JobObserver observer) {
		this(builder().ownThreads(pollThreads).clock(clock).observer(observer));
	}

	JobPoller(JobPollerBuilder builder) {
		// The builder sets the shared scheduler and poll lanes together, or neither.
		if (builder.scheduler != null && builder.polls != null) {
			this.polls = builder.polls;
			this.scheduler = builder.scheduler;
			this.ownScheduler = null;
		}
		else {
			this.polls = Bulkheads.ofPlatformThreads(POLL_THREAD_PREFIX, builder.pollThreads);
			ThreadPoolTaskScheduler own = StarterSchedulers.platform("genmedia-jobs-", 1);
			this.scheduler = own;
			this.ownScheduler = own;
		}
		this.clock = builder.clock;
		this.observer = builder.observer;
		this.observations = builder.observations;
		this.records = new JobRecords((builder.store != null) ? builder.store : JobStore.inMemory(), builder.listener);
		this.outcomes = new OutcomeHandOff(this.polls.alike(OUTCOME_THREAD_PREFIX, 1));
	}

	/**
	 * Start building a poller: on threads of its own or shared ones, with a
	 * {@link JobObserver}, an {@link ObservationRegistry}, a {@link JobStore} and a
	 * {@link GenerationJobListener}, as {@link JobPollerBuilder} describes.
	 * @return a builder
	 */
	public static JobPollerBuilder builder() {
		return new JobPollerBuilder();
	}

	/**
	 * Send a job and follow it: its observation starts before it is sent, so that the
	 * request that sends it is observed as its child. Nothing is sent once the poller is
	 * closed.
	 * @param <R> its result
	 * @param tracker how to ask its provider about it
	 * @param send sends the job and returns its id at the provider; called at most once,
	 * on the calling thread
	 * @param settings how to poll
	 * @return the job
	 * @throws JobPollerClosedException if the poller is closed: nothing is sent
	 */
	public <R> GenerationJob<R> submit(JobTracker<R> tracker, Supplier<String> send, PollingSettings settings) {
		checkOpen(tracker.provider());
		JobObservation observation = JobObservation.start(this.observations, tracker.provider(), null);
		String jobId;
		try {
			jobId = observation.scoped(send);
		}
		catch (RuntimeException | Error ex) {
			observation.notSubmitted(ex);
			throw ex;
		}
		observation.submitted(jobId);
		return start(new JobToFollow<>(tracker, jobId, settings, false), observation);
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
		return start(new JobToFollow<>(tracker, jobId, settings, false), null);
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
		return start(new JobToFollow<>(tracker, jobId, settings, true), null);
	}

	/**
	 * Poll a job at once, because the provider said something changed (a webhook): here
	 * if it is followed here, otherwise wherever the {@link JobStore} says it is.
	 * @param provider the provider
	 * @param jobId the job's id
	 * @return {@code true} if the job is being followed here
	 */
	public boolean pollNow(String provider, String jobId) {
		if (pollIfFollowedHere(provider, jobId)) {
			return true;
		}
		this.records.pollElsewhere(provider, jobId);
		return false;
	}

	/**
	 * Poll a job at once if it is followed here, and ask nobody else: for a store that
	 * relays another instance's {@link #pollNow}.
	 * @param provider the provider
	 * @param jobId the job's id
	 * @return {@code true} if the job is being followed here
	 */
	public boolean pollIfFollowedHere(String provider, String jobId) {
		List<WatchedJob<?>> watched = this.inFlight.of(provider, jobId);
		watched.forEach(WatchedJob::pollNow);
		return !watched.isEmpty();
	}

	/**
	 * Return a secret every instance that shares this poller's {@link JobStore} agrees
	 * on, such as the one a provider's webhooks carry.
	 * @param name what the secret is for, such as {@code autype-webhook}
	 * @param proposal a new secret of this instance's, which the store keeps when it has
	 * none of that name yet
	 * @return the secret the store keeps (the proposal, for the first instance), or the
	 * proposal when the store is not shared, or cannot be reached now (logged at WARN)
	 */
	public String sharedSecret(String name, String proposal) {
		return this.records.sharedSecret(name, proposal);
	}

	/**
	 * Return where this poller records its jobs.
	 * @return the {@link JobStore}'s name, such as {@code local} or {@code redis}
	 */
	public String storeName() {
		return this.records.storeName();
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
	 * A job whose deadline passed before, but whose outcome lane had not ended it yet, is
	 * ended here, by its deadline.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.outcomes.close();
		this.inFlight.all().forEach((job) -> job.job().cancel());
		this.polls.close();
		if (this.ownScheduler != null) {
			this.ownScheduler.shutdown();
		}
	}

	/**
	 * Start following a job, observed by the observation of its submission or, for a job
	 * submitted elsewhere, by one that starts now.
	 */
	private <R> GenerationJob<R> start(JobToFollow<R> toFollow, @Nullable JobObservation submitted) {
		String provider = toFollow.provider();
		String jobId = toFollow.jobId();
		if (this.closed) {
			if (submitted != null) {
				submitted.finished("cancelled", 0, null);
			}
			throw new JobPollerClosedException(provider, jobId);
		}
		JobObservation observation = (submitted != null) ? submitted
				: JobObservation.start(this.observations, provider, jobId);
		DurationHistory history = this.histories.computeIfAbsent(provider, (name) -> new DurationHistory());
		WatchedJob<R> watched = new WatchedJob<>(this, toFollow, history, observation);
		this.inFlight.add(watched);
		JobRecord record = this.records.started(provider, jobId, now(), toFollow.settings());
		watched.job().future().whenComplete((result, failure) -> {
			watched.finished(failure);
			this.records.finished(record, result, failure, this.closed);
		});
		if (this.closed) {
			// Closed meanwhile, perhaps before close() saw this job.
			watched.job().cancel();
			throw new JobPollerClosedException(provider, jobId);
		}
		logger.debug(LogMessage.format("%s job %s of provider '%s'", toFollow.resumed() ? "Resuming" : "Following",
				jobId, provider));
		watched.start();
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
	 * Run a job's deadline in its provider's outcome lane: the scheduler thread only
	 * hands it there, since completing the job runs the application's callbacks, the
	 * {@link JobStore} and the {@link GenerationJobListener} (see {@link OutcomeHandOff}).
	 */
	@Nullable ScheduledFuture<?> atDeadline(String provider, Runnable expire, Duration deadline) {
		return later(() -> deadlinePassed(provider, expire), deadline);
	}

	/**
	 * End a job whose deadline passed in its provider's outcome lane, as its timer does.
	 */
	void deadlinePassed(String provider, Runnable expire) {
		this.outcomes.deadlinePassed(provider, expire);
	}

	/**
	 * Schedule a task, or nothing once the scheduler stopped (the poller closed, and the
	 * job with it, or the application is stopping).
	 */
	private @Nullable ScheduledFuture<?> later(Runnable task, Duration delay) {
		try {
			Instant at = this.scheduler.getClock().instant().plus(delay.isNegative() ? Duration.ZERO : delay);
			return this.scheduler.schedule(task, at);
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
