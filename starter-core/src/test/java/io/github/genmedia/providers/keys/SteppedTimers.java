package io.github.genmedia.providers.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.testsupport.SteppedClock;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The timers a {@link FileWatch} sets (one-off, and with a fixed delay) on a clock only
 * the test moves: {@link #advance} runs each timer that falls due, earliest first, on the
 * test's thread, with the clock at the timer's instant. What a quiet wait or a periodic
 * read does is then decided by the instants the test chooses, however busy the machine.
 * The scheduler is never initialized: any other kind of timer fails at once.
 */
final class SteppedTimers extends ThreadPoolTaskScheduler {

	private final SteppedClock clock;

	/** Waiting timers, in the order they were set: of two due at once, the first set runs first. */
	private final List<Timer> waiting = new ArrayList<>();

	SteppedTimers(Instant start) {
		this.clock = new SteppedClock(start);
		setClock(this.clock);
	}

	/** Move the clock on, running the timers due on the way. */
	void advance(Duration duration) {
		Instant end = this.clock.instant().plus(duration);
		for (Timer due = nextDue(end); due != null; due = nextDue(end)) {
			this.clock.advance(Duration.between(this.clock.instant(), due.at));
			due.fire();
		}
		this.clock.advance(Duration.between(this.clock.instant(), end));
	}

	private synchronized @Nullable Timer nextDue(Instant end) {
		this.waiting.removeIf(Timer::isCancelled);
		Timer next = this.waiting.stream().min(Comparator.comparing((Timer timer) -> timer.at)).orElse(null);
		if (next == null || next.at.isAfter(end)) {
			return null;
		}
		this.waiting.remove(next);
		return next;
	}

	private synchronized Timer enqueue(Timer timer) {
		this.waiting.add(timer);
		return timer;
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
		return enqueue(new Timer(task, startTime, null));
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
		// A task takes no time on this clock: the delay runs from the instant it was due.
		return enqueue(new Timer(task, startTime, delay));
	}

	private final class Timer extends FutureTask<Void> implements ScheduledFuture<Void> {

		private volatile Instant at;

		private final @Nullable Duration every;

		Timer(Runnable task, Instant at, @Nullable Duration every) {
			super(task, null);
			Instant now = SteppedTimers.this.clock.instant();
			this.at = at.isBefore(now) ? now : at;
			this.every = every;
		}

		/** Run the task, set it again if it repeats, and fail the test as the task failed. */
		void fire() {
			if (this.every != null && runAndReset()) {
				this.at = this.at.plus(this.every);
				enqueue(this);
				return;
			}
			run();
			try {
				get();
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A timer's task failed", ex.getCause());
			}
			catch (CancellationException ex) {
				// Cancelled while it ran: nothing to tell.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(Duration.between(SteppedTimers.this.clock.instant(), this.at));
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
		}

	}

}
