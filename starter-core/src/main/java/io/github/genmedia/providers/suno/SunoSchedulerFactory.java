package io.github.genmedia.providers.suno;

import io.github.genmedia.providers.scheduling.StarterSchedulers;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Builds a scheduler that refreshes Suno tokens for all accounts, for a
 * {@link SunoTokenProvider} used without the auto-configuration (which times refreshes
 * on the starter's one scheduler and runs them in a lane of their own).
 * <p>
 * A scheduler of its own, not the application's: a refresh blocks its thread for Clerk's
 * answer and for retry backoff, which must neither delay the application's
 * {@code @Scheduled} jobs nor be delayed by them. It should not be registered as a bean
 * either, because a {@code TaskScheduler} bean replaces Spring Boot's own. The threads
 * are daemon threads named {@value #THREAD_NAME_PREFIX}N, so they never keep the JVM
 * alive and are easy to spot in a thread dump; cancelled refreshes of evicted accounts
 * are removed from the queue at once.
 *
 * @since 0.1.0
 */
public final class SunoSchedulerFactory {

	public static final String THREAD_NAME_PREFIX = "suno-token-";

	/**
	 * Two threads: a refresh takes Clerk's two round trips, so even 100 accounts at two
	 * refreshes a minute keep one thread busy a fraction of the time; the second thread
	 * keeps refreshes going while the first waits out a slow Clerk.
	 */
	public static final int DEFAULT_POOL_SIZE = 2;

	private static final Log logger = LogFactory.getLog(SunoSchedulerFactory.class);

	private SunoSchedulerFactory() {
	}

	/**
	 * Create and initialize a scheduler. The caller owns it and must call
	 * {@link ThreadPoolTaskScheduler#shutdown()} when done.
	 * @param poolSize the number of threads
	 * @return the running scheduler
	 */
	public static ThreadPoolTaskScheduler create(int poolSize) {
		ThreadPoolTaskScheduler scheduler = StarterSchedulers.platform(THREAD_NAME_PREFIX, poolSize);
		scheduler.setErrorHandler((ex) -> logger.warn("Suno token task failed", ex));
		return scheduler;
	}

}
