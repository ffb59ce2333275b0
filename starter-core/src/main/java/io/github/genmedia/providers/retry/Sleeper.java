package io.github.genmedia.providers.retry;

import java.time.Duration;

/**
 * Waits between two attempts. Tests replace it to observe the waits without spending
 * them.
 */
@FunctionalInterface
interface Sleeper {

	/** Blocks the calling thread, as a blocking {@code RestClient} call does anyway. */
	Sleeper THREAD = (duration) -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

	/**
	 * Wait for the given time.
	 * @param duration how long to wait
	 * @throws InterruptedException if the thread is interrupted while waiting
	 */
	void sleep(Duration duration) throws InterruptedException;

}
