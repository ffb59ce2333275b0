package io.github.genmedia.providers.job;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the next poll is made.
 */
class PollScheduleTest {

	private static final PollingSettings SETTINGS = new PollingSettings(Duration.ofSeconds(30), Duration.ofSeconds(5),
			Duration.ofSeconds(30), Duration.ofMinutes(10), true);

	@Test
	void theFirstPollWaitsTheProvidersMinimumUntilEnoughJobsFinished() {
		DurationHistory history = new DurationHistory();
		PollSchedule schedule = new PollSchedule(SETTINGS, history);
		for (int i = 0; i < DurationHistory.MIN_SAMPLES - 1; i++) {
			history.record(Duration.ofSeconds(100 + i));
		}

		assertThat(schedule.first(false)).isEqualTo(Duration.ofSeconds(30));
		assertThat(schedule.first(true)).as("a resumed job is polled at once").isZero();
	}

	@Test
	void thenItWaitsForTheQuickestFewPercentOfRecentJobs() {
		DurationHistory history = new DurationHistory();
		PollSchedule schedule = new PollSchedule(SETTINGS, history);
		for (int i = 0; i < 100; i++) {
			history.record(Duration.ofSeconds(60 + i));
		}

		assertThat(schedule.first(false)).isEqualTo(Duration.ofSeconds(63));
	}

	@Test
	void learningCanBeSwitchedOff() {
		DurationHistory history = new DurationHistory();
		for (int i = 0; i < 100; i++) {
			history.record(Duration.ofSeconds(200));
		}
		PollingSettings fixed = new PollingSettings(Duration.ofSeconds(30), Duration.ofSeconds(5),
				Duration.ofSeconds(30), Duration.ofMinutes(10), false);

		assertThat(new PollSchedule(fixed, history).first(false)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void progressFarFromDoneStretchesTheWaitUpToTheCap() {
		PollSchedule schedule = new PollSchedule(SETTINGS, new DurationHistory());

		assertThat(schedule.afterRunning(Duration.ofSeconds(10), 0.5)).isEqualTo(Duration.ofSeconds(5));
		assertThat(schedule.afterRunning(Duration.ofSeconds(20), 0.4)).isEqualTo(Duration.ofSeconds(25));
		assertThat(schedule.afterRunning(Duration.ofSeconds(20), 0.1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(schedule.afterRunning(Duration.ofSeconds(20), null)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void failedPollsBackOffAndHonourWhatTheProviderAskedFor() {
		PollSchedule schedule = new PollSchedule(SETTINGS, new DurationHistory());

		assertThat(schedule.afterFailure(1, null)).isEqualTo(Duration.ofSeconds(10));
		assertThat(schedule.afterFailure(2, null)).isEqualTo(Duration.ofSeconds(20));
		assertThat(schedule.afterFailure(5, null)).isEqualTo(Duration.ofSeconds(30));
		assertThat(schedule.afterFailure(1, Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(2));
	}

}
