package io.github.genmedia.providers.autoconfigure.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import io.github.genmedia.providers.keys.FileWatches;
import io.github.genmedia.providers.scheduling.Bulkheads;
import io.github.genmedia.providers.scheduling.StarterSchedulers;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * The starter's threads, one set for all its work: one scheduler times job polls and
 * deadlines, Suno token refreshes and credential file reads, and bounded lanes
 * ({@link Bulkheads}) run what blocks, so a slow provider or file holds its own lane only.
 * <p>
 * The scheduler is private, not a {@code TaskScheduler} bean: such a bean would make
 * Spring Boot's scheduling auto-configuration back off and would become the scheduler of
 * the application's {@code @Scheduled} methods. With
 * {@code spring.threads.virtual.enabled=true} on Java 21 or later every task runs on a
 * virtual thread of its own and a lane is only a limit; otherwise the scheduler has two
 * daemon threads ({@code genmedia-scheduler-N}) and each lane a few daemon threads of its
 * own. Everything stops when the context is closed.
 *
 * @since 0.1.0
 */
public final class StarterThreads implements DisposableBean {

	/** The start of the name of every thread of the starter. */
	public static final String THREAD_NAME_PREFIX = "genmedia-";

	/**
	 * Timers only start work or complete a future; a second thread keeps them on time
	 * while the first runs a dependent stage of a job's future.
	 */
	private static final int SCHEDULER_THREADS = 2;

	private final TaskScheduler scheduler;

	private final Runnable shutdown;

	private final @Nullable Executor virtualThreads;

	private final List<Bulkheads> lanes = new ArrayList<>();

	private @Nullable FileWatches fileWatches;

	private StarterThreads(TaskScheduler scheduler, Runnable shutdown, @Nullable Executor virtualThreads) {
		this.scheduler = scheduler;
		this.shutdown = shutdown;
		this.virtualThreads = virtualThreads;
	}

	/**
	 * Create the threads an environment asks for.
	 * @param environment says whether virtual threads are enabled
	 * @return the threads
	 */
	public static StarterThreads of(Environment environment) {
		return Threading.VIRTUAL.isActive(environment) ? virtual() : platform();
	}

	static StarterThreads platform() {
		var scheduler = StarterSchedulers.platform(THREAD_NAME_PREFIX + "scheduler-", SCHEDULER_THREADS);
		return new StarterThreads(scheduler, scheduler::shutdown, null);
	}

	/** Only on Java 21 or later: {@code setVirtualThreads} fails on older ones. */
	static StarterThreads virtual() {
		SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();
		scheduler.setVirtualThreads(true);
		scheduler.setThreadNamePrefix(THREAD_NAME_PREFIX);
		return new StarterThreads(scheduler, scheduler::close, scheduler);
	}

	/**
	 * Return the scheduler: its tasks must not block.
	 * @return the scheduler
	 */
	public TaskScheduler scheduler() {
		return this.scheduler;
	}

	/**
	 * Return lanes for blocking work, closed with the context.
	 * @param threadNamePrefix the start of their platform threads' names, the lane's name
	 * follows
	 * @param perLane how many tasks of one lane may run at once
	 * @return the lanes
	 */
	public synchronized Bulkheads bulkheads(String threadNamePrefix, int perLane) {
		Bulkheads bulkheads = (this.virtualThreads != null) ? Bulkheads.over(this.virtualThreads, perLane)
				: Bulkheads.ofPlatformThreads(threadNamePrefix, perLane);
		this.lanes.add(bulkheads);
		return bulkheads;
	}

	/**
	 * Return the watches of every credential file: one thread waits for changes
	 * ({@code genmedia-file-watch-1}), and files are read in a lane of two.
	 * @return the watches
	 */
	public synchronized FileWatches fileWatches() {
		if (this.fileWatches == null) {
			this.fileWatches = new FileWatches(this.scheduler, bulkheads(THREAD_NAME_PREFIX + "file-", 2));
		}
		return this.fileWatches;
	}

	@Override
	public void destroy() {
		synchronized (this) {
			if (this.fileWatches != null) {
				this.fileWatches.close();
			}
			this.lanes.forEach(Bulkheads::close);
		}
		this.shutdown.run();
	}

	@Override
	public String toString() {
		return "StarterThreads[" + ((this.virtualThreads != null) ? "virtual" : "platform") + "]";
	}

}
