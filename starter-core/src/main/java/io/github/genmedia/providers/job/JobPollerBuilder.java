package io.github.genmedia.providers.job;

import java.time.Clock;

import io.github.genmedia.providers.scheduling.Bulkheads;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.Assert;

/**
 * Builds a {@link JobPoller}, from {@link JobPoller#builder()}: every part has a
 * default, so that only what differs is said. By default the poller has threads of its
 * own ({@value #DEFAULT_POLL_THREADS} polls at once per provider), the UTC system clock,
 * no {@link JobObserver}, no {@link ObservationRegistry}, records its jobs in memory and
 * tells their outcomes to no {@link GenerationJobListener}.
 * <p>
 * A builder is not thread-safe; each {@link #build()} makes a poller of its own, with
 * threads of its own unless {@link #sharedThreads shared ones} were given.
 *
 * @since 0.1.0
 */
public final class JobPollerBuilder {

	/** How many polls of one provider run at once on a poller's own threads, unless told. */
	public static final int DEFAULT_POLL_THREADS = 4;

	int pollThreads = DEFAULT_POLL_THREADS;

	@Nullable TaskScheduler scheduler;

	@Nullable Bulkheads polls;

	Clock clock = Clock.systemUTC();

	JobObserver observer = JobObserver.NONE;

	ObservationRegistry observations = ObservationRegistry.NOOP;

	/** {@code null}: a store in memory of each poller's own. */
	@Nullable JobStore store;

	GenerationJobListener listener = GenerationJobListener.NONE;

	JobPollerBuilder() {
	}

	/**
	 * Give the poller threads of its own: a scheduler thread ({@code genmedia-jobs-1}),
	 * poll threads and an outcome thread per provider, all stopped by
	 * {@link JobPoller#close()}.
	 * @param pollThreads how many polls of one provider may run at once, on threads of
	 * that provider's own
	 * @return this builder
	 */
	public JobPollerBuilder ownThreads(int pollThreads) {
		if (pollThreads < 1) {
			throw new IllegalArgumentException("Poll threads must be at least 1, not " + pollThreads);
		}
		this.pollThreads = pollThreads;
		this.scheduler = null;
		this.polls = null;
		return this;
	}

	/**
	 * Run the poller on shared threads: timers and deadlines on a scheduler it does not
	 * own, polls in a lane per provider of the given bulkheads, and the deadlines that
	 * pass in an outcome lane of one per provider {@link Bulkheads#alike like them}
	 * ({@code genmedia-job-outcome-sunor-1}, or over the same virtual threads),
	 * all of which {@link JobPoller#close()} closes.
	 * @param scheduler times polls and deadlines, which only hand them to a lane; its
	 * tasks must not block
	 * @param polls the lanes the polls of each provider run in, named after the provider
	 * @return this builder
	 */
	public JobPollerBuilder sharedThreads(TaskScheduler scheduler, Bulkheads polls) {
		Assert.notNull(scheduler, "The scheduler must not be null");
		Assert.notNull(polls, "The bulkheads must not be null");
		this.scheduler = scheduler;
		this.polls = polls;
		return this;
	}

	/**
	 * Set the clock jobs' deadlines and durations are measured with.
	 * @param clock the clock
	 * @return this builder
	 */
	public JobPollerBuilder clock(Clock clock) {
		Assert.notNull(clock, "The clock must not be null");
		this.clock = clock;
		return this;
	}

	/**
	 * Set what is told about polls and outcomes, such as a {@link MicrometerJobObserver}.
	 * @param observer the observer
	 * @return this builder
	 */
	public JobPollerBuilder observer(JobObserver observer) {
		Assert.notNull(observer, "The observer must not be null");
		this.observer = observer;
		return this;
	}

	/**
	 * Set where each job is observed, as a {@link JobObservation} from submission to
	 * outcome.
	 * @param observations the registry
	 * @return this builder
	 */
	public JobPollerBuilder observations(ObservationRegistry observations) {
		Assert.notNull(observations, "The observation registry must not be null");
		this.observations = observations;
		return this;
	}

	/**
	 * Record each job in a store until its outcome, so that it outlives the poller: in a
	 * store shared by instances (Redis), another instance takes it up.
	 * @param store where each job is recorded until its outcome
	 * @return this builder
	 */
	public JobPollerBuilder store(JobStore store) {
		Assert.notNull(store, "The job store must not be null");
		this.store = store;
		return this;
	}

	/**
	 * Set what is told each outcome whose record this poller ends (of a job in a shared
	 * store, one instance only tells it).
	 * @param listener the listener
	 * @return this builder
	 */
	public JobPollerBuilder listener(GenerationJobListener listener) {
		Assert.notNull(listener, "The listener must not be null");
		this.listener = listener;
		return this;
	}

	/**
	 * Build the poller, ready to follow jobs.
	 * @return a new poller
	 */
	public JobPoller build() {
		return new JobPoller(this);
	}

}
