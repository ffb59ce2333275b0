package io.github.genmedia.providers.autoconfigure.job.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.genmedia.providers.autoconfigure.job.redis.RedisJobStore.Orphan;
import io.github.genmedia.providers.autoconfigure.threads.LateStoppingLifecycle;
import io.github.genmedia.providers.autoconfigure.threads.StarterThreads;
import io.github.genmedia.providers.job.GenerationJobs;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.scheduling.Bulkheads;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.log.LogMessage;
import org.springframework.scheduling.TaskScheduler;

/**
 * Keeps this instance's lease alive (renewed every third of its duration) and takes over
 * the jobs of instances whose lease has lapsed: at startup, every lease period, and at
 * once when an instance says it shut down. Each job is claimed atomically, so exactly one
 * instance resumes it. When the context stops, after the web server, so that requests under
 * way may still submit jobs, this instance's jobs are handed over. Redis work runs in a lane
 * of its own, never on the scheduler's threads.
 */
final class JobTakeover implements LateStoppingLifecycle {

	private static final Log logger = LogFactory.getLog(JobTakeover.class);

	private final RedisJobStore store;

	private final InstanceLease lease;

	private final GenerationJobs jobs;

	private final StarterThreads threads;

	private final JobPoller poller;

	private final Bulkheads lanes;

	private final List<ScheduledFuture<?>> timers = new ArrayList<>();

	private volatile boolean running;

	/** Whether a sweep waits in the lane: the timer and every release message ask for one. */
	private final AtomicBoolean sweepQueued = new AtomicBoolean();

	JobTakeover(RedisJobStore store, GenerationJobs jobs, JobPoller poller, StarterThreads threads) {
		this.store = store;
		this.lease = store.lease();
		this.jobs = jobs;
		this.poller = poller;
		this.threads = threads;
		this.lanes = threads.bulkheads(StarterThreads.THREAD_NAME_PREFIX + "jobs-fleet-", 1);
	}

	@Override
	public void start() {
		this.running = true;
		// The store's bean renewed the lease already, before any job could be recorded:
		// the timer's first turn is a third of a lease later.
		Duration third = this.lease.duration().dividedBy(3);
		TaskScheduler scheduler = this.threads.scheduler();
		this.timers.add(scheduler.scheduleAtFixedRate(() -> this.lanes.execute("lease", this.lease::renewOrWarn),
				scheduler.getClock().instant().plus(third), third));
		this.timers.add(this.threads.scheduler().scheduleAtFixedRate(this::sweepSoon, this.lease.duration()));
	}

	/**
	 * Take over the jobs of gone instances, soon, in the lane of the sweeps; a sweep that
	 * waits there already serves the request.
	 */
	void sweepSoon() {
		if (this.running && this.sweepQueued.compareAndSet(false, true)) {
			this.lanes.execute("sweep", this::sweep);
		}
	}

	private void sweep() {
		this.sweepQueued.set(false);
		try {
			for (Orphan orphan : this.store.orphans(this.jobs.providers())) {
				if (this.running && this.store.claim(orphan)) {
					logger.debug(LogMessage.format("Taking over job %s of provider '%s' from instance %s",
							orphan.jobId(), orphan.provider(), orphan.owner()));
					resume(orphan);
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Could not look for the jobs of gone instances in Redis (%s); trying again "
					+ "in %s", ex, this.lease.duration()));
		}
	}

	private void resume(Orphan orphan) {
		try {
			this.jobs.resume(orphan.provider(), orphan.jobId());
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("Could not take over job %s of provider '%s' (%s)", orphan.jobId(),
					orphan.provider(), ex));
		}
	}

	/**
	 * Stop taking jobs over, stop following this instance's jobs and hand them over:
	 * the lease is released, and the other instances told, while the Redis connection
	 * is still open, after the web server stopped taking requests.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.timers.forEach((timer) -> timer.cancel(false));
		this.timers.clear();
		this.poller.close();
		this.lease.release();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
