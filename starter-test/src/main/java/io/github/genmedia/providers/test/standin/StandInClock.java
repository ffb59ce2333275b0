package io.github.genmedia.providers.test.standin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * The stand-ins' time, which jobs and webhook deliveries follow: the wall clock until a
 * test pauses it, then only what the test advances it by, so that a test decides when a
 * job is done instead of racing a duration on a busy machine.
 *
 * @since 0.1.0
 */
public final class StandInClock extends Clock {

	private final Clock wall;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	/** Added to the wall clock while the time runs. */
	private Duration offset = Duration.ZERO;

	/** Where the time stands while it is paused; {@code null} while it runs. */
	private @Nullable Instant paused;

	StandInClock(Clock wall) {
		this.wall = wall;
	}

	/**
	 * Stop the time where it is; nothing moves until {@link #advance} or {@link #resume}.
	 */
	public void pause() {
		synchronized (this) {
			if (this.paused == null) {
				this.paused = instant();
			}
		}
	}

	/**
	 * Move the time forward, paused or not.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The stand-ins' time only moves forward, not by " + duration);
		}
		synchronized (this) {
			if (this.paused != null) {
				this.paused = this.paused.plus(duration);
			}
			else {
				this.offset = this.offset.plus(duration);
			}
		}
		moved();
	}

	/**
	 * Let the time run with the wall clock again, from where it stands.
	 */
	public void resume() {
		synchronized (this) {
			if (this.paused == null) {
				return;
			}
			this.offset = Duration.between(this.wall.instant(), this.paused);
			this.paused = null;
		}
		moved();
	}

	/**
	 * Return whether the time is paused.
	 * @return {@code true} while it only moves when advanced
	 */
	public synchronized boolean isPaused() {
		return this.paused != null;
	}

	/** Be told whenever the time moved other than by running: something may be due. */
	void onMoved(Runnable listener) {
		this.listeners.add(listener);
	}

	private void moved() {
		this.listeners.forEach(Runnable::run);
	}

	@Override
	public synchronized Instant instant() {
		return (this.paused != null) ? this.paused : this.wall.instant().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
