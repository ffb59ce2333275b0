package io.github.genmedia.providers.scheduling;

import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * Lanes for blocking work, one per name (a provider, a file): at most a few tasks of a
 * lane run at once, so work that waits (for a rate-limit permit, a slow provider, a hung
 * file system) holds its own lane only and never delays another lane, nor the
 * scheduler's timers.
 * <p>
 * On platform threads each lane is a small pool of daemon threads of its own, created
 * with its first task, ended after 30 s without work and named after the lane
 * ({@code genmedia-job-poll-sunor-1}). Over a shared {@link Executor} (virtual threads,
 * where a thread per task is cheap) a lane is only a limit: its tasks wait in a queue
 * until one of its permits is free. Closing interrupts running tasks and drops queued
 * ones.
 *
 * @since 0.1.0
 */
public final class Bulkheads implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(Bulkheads.class);

	private final String prefix;

	private final int perLane;

	private final @Nullable Executor shared;

	private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

	private volatile boolean closed;

	private Bulkheads(String prefix, int perLane, @Nullable Executor shared) {
		if (perLane < 1) {
			throw new IllegalArgumentException("Threads per lane must be at least 1, not " + perLane);
		}
		this.prefix = prefix;
		this.perLane = perLane;
		this.shared = shared;
	}

	/**
	 * Lanes of daemon platform threads of their own.
	 * @param prefix the start of the threads' names, the lane's name and a count follow
	 * @param perLane how many tasks of one lane may run at once
	 * @return the lanes, none created yet
	 */
	public static Bulkheads ofPlatformThreads(String prefix, int perLane) {
		return new Bulkheads(prefix, perLane, null);
	}

	/**
	 * Lanes that are only limits over threads made by another executor, as one making a
	 * virtual thread per task.
	 * @param threads runs each task on a thread of its own
	 * @param perLane how many tasks of one lane may run at once
	 * @return the lanes
	 */
	public static Bulkheads over(Executor threads, int perLane) {
		return new Bulkheads("", perLane, threads);
	}

	/**
	 * Return other lanes of the same kind, for other work that must not wait behind this
	 * work: lanes of platform threads of their own, named with the given prefix, or
	 * limits over the same shared executor. Closing either closes neither.
	 * @param prefix the start of their platform threads' names, the lane's name and a
	 * count follow
	 * @param perLane how many tasks of one lane may run at once
	 * @return the lanes, none created yet
	 */
	public Bulkheads alike(String prefix, int perLane) {
		return new Bulkheads((this.shared != null) ? "" : prefix, perLane, this.shared);
	}

	/**
	 * Run a task in a lane, or after the lane's running tasks; nothing once closed.
	 * @param lane the lane's name
	 * @param task the task
	 */
	public void execute(String lane, Runnable task) {
		if (this.closed) {
			return;
		}
		Lane threads = this.lanes.computeIfAbsent(lane, this::create);
		if (this.closed) {
			// Created while closing: close() may not have seen it.
			threads.close();
			return;
		}
		try {
			threads.execute(task);
		}
		catch (RejectedExecutionException ex) {
			// Closed meanwhile: the work was cancelled with it.
		}
	}

	/**
	 * Return an executor that runs its tasks in one lane.
	 * @param lane the lane's name
	 * @return the executor
	 */
	public Executor lane(String lane) {
		return (task) -> execute(lane, task);
	}

	/**
	 * Interrupt running tasks, drop queued ones, refuse new ones.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.lanes.values().forEach(Lane::close);
	}

	private Lane create(String lane) {
		if (this.shared != null) {
			return new LimitedLane(this.shared, this.perLane);
		}
		ThreadPoolExecutor threads = new ThreadPoolExecutor(this.perLane, this.perLane, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), daemons(this.prefix + lane.toLowerCase(Locale.ROOT) + "-"));
		threads.allowCoreThreadTimeOut(true);
		return new PoolLane(threads);
	}

	/**
	 * Daemon threads named with a prefix and a count; an {@link Error} that ends one (a
	 * job's poll rethrows it after failing its job with it) is logged, not only printed.
	 * @param prefix the start of the names
	 * @return the thread factory
	 */
	public static ThreadFactory daemons(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			thread.setUncaughtExceptionHandler((ended, failure) -> failed(ended, failure));
			return thread;
		};
	}

	private static void failed(Thread thread, Throwable failure) {
		logger.error(LogMessage.format("Thread %s of the genmedia starter ended by %s", thread.getName(), failure),
				failure);
	}

	private interface Lane extends Executor {

		void close();

	}

	private record PoolLane(ExecutorService threads) implements Lane {

		@Override
		public void execute(Runnable task) {
			this.threads.execute(task);
		}

		@Override
		public void close() {
			this.threads.shutdownNow();
		}

	}

	/**
	 * A limit over a shared executor: a task is queued, and up to {@code limit} runners
	 * on the executor's threads take tasks from the queue until it is empty.
	 */
	private static final class LimitedLane implements Lane {

		private final Executor threads;

		private final int limit;

		private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();

		private final AtomicInteger runners = new AtomicInteger();

		private final Set<Thread> running = ConcurrentHashMap.newKeySet();

		private volatile boolean closed;

		LimitedLane(Executor threads, int limit) {
			this.threads = threads;
			this.limit = limit;
		}

		@Override
		public void execute(Runnable task) {
			if (this.closed) {
				throw new RejectedExecutionException("closed");
			}
			this.queue.add(task);
			startRunner();
		}

		private void startRunner() {
			while (!this.closed && !this.queue.isEmpty()) {
				int now = this.runners.get();
				if (now >= this.limit) {
					return;
				}
				if (this.runners.compareAndSet(now, now + 1)) {
					try {
						this.threads.execute(this::run);
					}
					catch (RuntimeException ex) {
						this.runners.decrementAndGet();
						throw ex;
					}
					return;
				}
			}
		}

		private void run() {
			Thread current = Thread.currentThread();
			this.running.add(current);
			try {
				Runnable task;
				while (!this.closed && (task = this.queue.poll()) != null) {
					try {
						task.run();
					}
					catch (Throwable failure) {
						// As a pool thread's uncaught failure: logged, and the lane goes on.
						failed(current, failure);
					}
				}
			}
			finally {
				this.running.remove(current);
				Thread.interrupted();
				this.runners.decrementAndGet();
			}
			// A task queued after this runner found the queue empty, while it still counted.
			startRunner();
		}

		@Override
		public void close() {
			this.closed = true;
			this.queue.clear();
			this.running.forEach(Thread::interrupt);
		}

	}

}
