package io.github.genmedia.providers.job;

import java.time.Duration;

import io.github.genmedia.providers.settings.SettingChecks;

/**
 * How one provider's jobs are polled.
 *
 * @param firstPoll how long after submission the first poll waits, until enough jobs
 * finished to learn better: about the shortest time a job of this provider takes
 * @param interval the time between polls while a job runs; the delay between a job's
 * completion and its detection is at most this
 * @param maxInterval the longest wait between polls, after errors or when the provider's
 * progress says completion is far
 * @param deadline how long to wait for a job before giving up on it (it goes on at the
 * provider)
 * @param learn whether the first poll moves to the time the provider's recent jobs
 * actually took (the 4th percentile of the last 200)
 * @since 0.1.0
 */
public record PollingSettings(Duration firstPoll, Duration interval, Duration maxInterval, Duration deadline,
		boolean learn) {

	/**
	 * Create settings.
	 * @throws io.github.genmedia.providers.settings.InvalidSettingsException if a value
	 * cannot work
	 */
	public PollingSettings {
		new SettingChecks().notNegative("firstPoll", firstPoll)
			.positive("interval", interval)
			.positive("maxInterval", maxInterval)
			.positive("deadline", deadline)
			.throwIfInvalid(PollingSettings.class);
		if (maxInterval.compareTo(interval) < 0) {
			maxInterval = interval;
		}
	}

	/**
	 * Return the settings of a fixed-interval poller, for comparison: no wait before the
	 * first poll, nothing learned.
	 * @param interval the interval
	 * @param deadline the deadline
	 * @return the settings
	 */
	public static PollingSettings fixed(Duration interval, Duration deadline) {
		return new PollingSettings(interval, interval, interval, deadline, false);
	}

}
