package io.github.genmedia.providers.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/**
 * A {@link TaskScheduler} whose timers are another scheduler's and whose tasks run on an
 * executor, as a {@link Bulkheads} lane: work that blocks (a Suno token refresh waits for
 * Clerk and for retry backoff) is timed by the starter's one scheduler without holding
 * its threads, so no deadline or other timer waits behind it.
 *
 * @since 0.1.0
 */
public final class HandOffScheduler implements TaskScheduler {

	private final TaskScheduler timers;

	private final Executor work;

	/**
	 * Create a scheduler.
	 * @param timers the scheduler whose timers start the tasks
	 * @param work runs the tasks
	 */
	public HandOffScheduler(TaskScheduler timers, Executor work) {
		this.timers = timers;
		this.work = work;
	}

	@Override
	public Clock getClock() {
		return this.timers.getClock();
	}

	@Override
	public @Nullable ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
		return this.timers.schedule(handOff(task), trigger);
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
		return this.timers.schedule(handOff(task), startTime);
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
		return this.timers.scheduleAtFixedRate(handOff(task), startTime, period);
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
		return this.timers.scheduleAtFixedRate(handOff(task), period);
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
		return this.timers.scheduleWithFixedDelay(handOff(task), startTime, delay);
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
		return this.timers.scheduleWithFixedDelay(handOff(task), delay);
	}

	private Runnable handOff(Runnable task) {
		return () -> this.work.execute(task);
	}

}
