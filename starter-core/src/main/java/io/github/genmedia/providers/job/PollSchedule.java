package io.github.genmedia.providers.job;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * When to poll a job next. Nothing before the time the provider's jobs usually take
 * (learned, or the provider's documented minimum); then every {@code interval}, so that
 * completion is detected at most one interval late; longer when the provider's progress
 * says completion is far, or after failed polls (doubling, capped).
 */
final class PollSchedule {

	/** The first poll waits for the quickest 4% of recent jobs: the rest have not finished before it. */
	static final double LEARNED_QUANTILE = 0.04;

	private final PollingSettings settings;

	private final DurationHistory history;

	PollSchedule(PollingSettings settings, DurationHistory history) {
		this.settings = settings;
		this.history = history;
	}

	/**
	 * Return the wait before the first poll.
	 * @param resumed whether the job was started elsewhere (poll at once)
	 * @return the wait
	 */
	Duration first(boolean resumed) {
		if (resumed) {
			return Duration.ZERO;
		}
		Duration learned = this.settings.learn() ? this.history.quantile(LEARNED_QUANTILE) : null;
		return (learned != null) ? learned : this.settings.firstPoll();
	}

	/**
	 * Return the wait after a poll that found the job running.
	 * @param elapsed time since submission
	 * @param progress the provider's progress, 0 to 1, or {@code null}
	 * @return the wait
	 */
	Duration afterRunning(Duration elapsed, @Nullable Double progress) {
		Duration interval = this.settings.interval();
		if (progress == null || progress <= 0.05 || progress >= 1) {
			return interval;
		}
		// Linear estimate of what is left; wake one interval before it.
		long remaining = (long) (elapsed.toMillis() * (1 - progress) / progress);
		Duration wait = Duration.ofMillis(remaining).minus(interval);
		return clamp(wait);
	}

	/**
	 * Return the wait after a poll that failed.
	 * @param consecutiveFailures failed polls in a row, at least 1
	 * @param requestedWait what the provider asked for ({@code Retry-After}), or
	 * {@code null}
	 * @return the wait
	 */
	Duration afterFailure(int consecutiveFailures, @Nullable Duration requestedWait) {
		Duration backoff = this.settings.interval().multipliedBy(1L << Math.min(consecutiveFailures, 10));
		Duration wait = clamp(backoff);
		return (requestedWait != null && requestedWait.compareTo(wait) > 0) ? requestedWait : wait;
	}

	private Duration clamp(Duration wait) {
		if (wait.compareTo(this.settings.interval()) < 0) {
			return this.settings.interval();
		}
		return (wait.compareTo(this.settings.maxInterval()) > 0) ? this.settings.maxInterval() : wait;
	}

}
