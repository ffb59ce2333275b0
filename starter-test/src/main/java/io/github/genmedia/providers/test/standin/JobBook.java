package io.github.genmedia.providers.test.standin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The jobs the stand-ins know, and how far each has got: a job takes the configured
 * duration from its start, on the stand-ins' {@link StandInClock}, so a test sees it pass
 * through every state, or holds the time and moves it itself.
 *
 * @since 0.1.0
 */
public final class JobBook {

	private final Duration duration;

	private final Clock clock;

	private final Map<String, Instant> started = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	JobBook(Duration duration, Clock clock) {
		this.duration = duration;
		this.clock = clock;
	}

	/**
	 * Start a job.
	 * @param prefix the start of its id, such as {@code task}
	 * @return its id
	 */
	String start(String prefix) {
		String id = prefix + "-" + this.ids.incrementAndGet();
		this.started.put(id, this.clock.instant());
		return id;
	}

	/**
	 * Record a job as finished a moment ago, for a test that resumes one.
	 * @param id its id
	 */
	public void finished(String id) {
		this.started.put(id, this.clock.instant().minus(this.duration).minusSeconds(1));
	}

	/**
	 * Return how far a job has got.
	 * @param id its id
	 * @return 0 to 1, or {@code null} for a job nobody started
	 */
	@Nullable Double progress(String id) {
		Instant start = this.started.get(id);
		if (start == null) {
			return null;
		}
		if (this.duration.isZero()) {
			return 1.0;
		}
		double elapsed = Duration.between(start, this.clock.instant()).toNanos();
		return Math.min(1.0, Math.max(0.0, elapsed / this.duration.toNanos()));
	}

	/**
	 * Return when a job is done.
	 * @param id its id
	 * @return its start plus the duration
	 */
	Instant doneAt(String id) {
		return startedAt(id).plus(this.duration);
	}

	Instant startedAt(String id) {
		return this.started.getOrDefault(id, Instant.EPOCH);
	}

	Instant now() {
		return this.clock.instant();
	}

}
