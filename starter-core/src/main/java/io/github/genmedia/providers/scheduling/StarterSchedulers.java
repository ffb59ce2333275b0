package io.github.genmedia.providers.scheduling;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Makes the starter's schedulers of platform threads: daemon threads, so they never keep
 * the JVM alive, named for a thread dump, cancelled timers removed from the queue at once
 * (a job that completes cancels its deadline), and a failed task logged.
 *
 * @since 0.1.0
 */
public final class StarterSchedulers {

	private static final Log logger = LogFactory.getLog(StarterSchedulers.class);

	private StarterSchedulers() {
	}

	/**
	 * Create and initialize a scheduler; the caller shuts it down.
	 * @param threadNamePrefix the start of its threads' names, a count follows
	 * @param threads how many threads it has
	 * @return the running scheduler
	 */
	public static ThreadPoolTaskScheduler platform(String threadNamePrefix, int threads) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(threads);
		scheduler.setThreadNamePrefix(threadNamePrefix);
		scheduler.setDaemon(true);
		scheduler.setRemoveOnCancelPolicy(true);
		scheduler.setWaitForTasksToCompleteOnShutdown(false);
		scheduler.setErrorHandler((ex) -> logger.warn("A timed task of the genmedia starter failed", ex));
		scheduler.initialize();
		return scheduler;
	}

}
