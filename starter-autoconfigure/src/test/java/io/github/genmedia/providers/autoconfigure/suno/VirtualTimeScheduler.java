package io.github.genmedia.providers.autoconfigure.suno;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.testsupport.SteppedClock;

import org.springframework.scheduling.TaskScheduler;

/**
 * A scheduler on a clock that only the test moves: {@link #advance} runs every task that
 * falls due, in time order, on the test's thread, with the clock set to each task's
 * time. Minutes of token refreshes then take the milliseconds their HTTP and Redis calls
 * take, and decide nothing by wall-clock time. Tasks due at the same instant run in the
 * order they were scheduled.
 */
final class VirtualTimeScheduler implements TaskScheduler {

	private final PriorityQueue<Task> queue = new PriorityQueue<>(
			Comparator.comparing((Task task) -> task.at).thenComparingLong((task) -> task.order));

	private final SteppedClock clock;

	private long sequence;

	VirtualTimeScheduler(Instant start) {
		this.clock = new SteppedClock(start);
	}

	/** Run the tasks due within {@code duration}, then set the clock to its end. */
	void advance(Duration duration) {
		Instant end = this.clock.instant().plus(duration);
		while (true) {
			Task next;
			synchronized (this.queue) {
				next = this.queue.peek();
				if (next == null || next.at.isAfter(end)) {
					break;
				}
				this.queue.poll();
			}
			this.clock.advanceTo(next.at);
			if (!next.cancelled) {
				next.run();
			}
		}
		this.clock.advanceTo(end);
	}

	@Override
	public Clock getClock() {
		return this.clock;
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
		return add(task, startTime, null);
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
		return add(task, startTime, delay);
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
		return add(task, this.clock.instant().plus(delay), delay);
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
		return add(task, startTime, period);
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
		return add(task, this.clock.instant().plus(period), period);
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, org.springframework.scheduling.Trigger trigger) {
		throw new UnsupportedOperationException("triggers are not simulated");
	}

	private Task add(Runnable task, Instant at, Duration repeat) {
		synchronized (this.queue) {
			Task scheduled = new Task(task, at.isBefore(this.clock.instant()) ? this.clock.instant() : at, this.sequence++, repeat);
			this.queue.add(scheduled);
			return scheduled;
		}
	}

	private final class Task implements ScheduledFuture<Object> {

		private final Runnable task;

		private final Instant at;

		private final long order;

		private final Duration repeat;

		private volatile boolean cancelled;

		private volatile boolean done;

		Task(Runnable task, Instant at, long order, Duration repeat) {
			this.task = task;
			this.at = at;
			this.order = order;
			this.repeat = repeat;
		}

		void run() {
			this.task.run();
			if (this.repeat != null && !this.cancelled) {
				add(this.task, VirtualTimeScheduler.this.clock.instant().plus(this.repeat), this.repeat);
			}
			this.done = true;
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(Duration.between(VirtualTimeScheduler.this.clock.instant(), this.at));
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
		}

		@Override
		public boolean cancel(boolean mayInterruptIfRunning) {
			boolean cancelled = !this.done && !this.cancelled;
			this.cancelled = true;
			return cancelled;
		}

		@Override
		public boolean isCancelled() {
			return this.cancelled;
		}

		@Override
		public boolean isDone() {
			return this.done || this.cancelled;
		}

		@Override
		public Object get() {
			return null;
		}

		@Override
		public Object get(long timeout, TimeUnit unit) {
			return null;
		}

	}

}
