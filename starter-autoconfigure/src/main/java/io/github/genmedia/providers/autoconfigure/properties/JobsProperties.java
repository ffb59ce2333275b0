package io.github.genmedia.providers.autoconfigure.properties;

import java.time.Duration;

import io.github.genmedia.providers.job.PollingSettings;
import org.jspecify.annotations.Nullable;

/**
 * How a provider's generation jobs are polled; each unset value is the provider's own
 * default.
 *
 * @since 0.1.0
 */
public class JobsProperties {

	/**
	 * How long after submission the first poll waits, until enough jobs finished to learn
	 * better: about the shortest time a job of the provider takes. Unset: the provider's
	 * own, shown as its default.
	 */
	private @Nullable Duration firstPoll;

	/**
	 * Time between polls while a job runs: a completion is detected at most this late.
	 * Unset: the provider's own, shown as its default.
	 */
	private @Nullable Duration interval;

	/**
	 * Longest wait between polls, after failed polls or when the provider's progress says
	 * completion is far. Unset: the provider's own, shown as its default.
	 */
	private @Nullable Duration maxInterval;

	/**
	 * How long to wait for a job before giving up on it; it goes on at the provider and
	 * can be resumed. Unset: the provider's own, shown as its default.
	 */
	private @Nullable Duration deadline;

	/**
	 * Whether the first poll moves to the time the provider's recent jobs took (the 4th
	 * percentile of the last 200, once 20 finished).
	 */
	private @Nullable Boolean learn;

	public @Nullable Duration getFirstPoll() {
		return this.firstPoll;
	}

	public void setFirstPoll(@Nullable Duration firstPoll) {
		this.firstPoll = firstPoll;
	}

	public @Nullable Duration getInterval() {
		return this.interval;
	}

	public void setInterval(@Nullable Duration interval) {
		this.interval = interval;
	}

	public @Nullable Duration getMaxInterval() {
		return this.maxInterval;
	}

	public void setMaxInterval(@Nullable Duration maxInterval) {
		this.maxInterval = maxInterval;
	}

	public @Nullable Duration getDeadline() {
		return this.deadline;
	}

	public void setDeadline(@Nullable Duration deadline) {
		this.deadline = deadline;
	}

	public @Nullable Boolean getLearn() {
		return this.learn;
	}

	public void setLearn(@Nullable Boolean learn) {
		this.learn = learn;
	}

	/**
	 * Return the settings: these properties, else the provider's defaults.
	 * @param defaults the provider's defaults
	 * @return the settings
	 * @throws io.github.genmedia.providers.settings.InvalidSettingsException if a value
	 * cannot work
	 */
	public PollingSettings toSettings(PollingSettings defaults) {
		return new PollingSettings(or(this.firstPoll, defaults.firstPoll()), or(this.interval, defaults.interval()),
				or(this.maxInterval, defaults.maxInterval()), or(this.deadline, defaults.deadline()),
				(this.learn != null) ? this.learn : defaults.learn());
	}

	private static Duration or(@Nullable Duration value, Duration fallback) {
		return (value != null) ? value : fallback;
	}

}
