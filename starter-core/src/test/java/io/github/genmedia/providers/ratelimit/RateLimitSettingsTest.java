package io.github.genmedia.providers.ratelimit;

import java.time.Duration;

import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RateLimitSettingsTest {

	@Test
	void aRateWaitsUpToThirtySecondsWithoutAConcurrencyLimit() {
		RateLimitSettings settings = RateLimitSettings.of(120, Duration.ofMinutes(1));

		assertThat(settings.maxWait()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.limitsRate()).isTrue();
		assertThat(settings.limitsConcurrency()).isFalse();
		assertThat(settings.describe()).isEqualTo("120 requests per PT1M");
		assertThat(settings.withMaxConcurrent(5).describe()).isEqualTo("120 requests per PT1M, at most 5 at once");
		assertThat(RateLimitSettings.concurrency(5).describe()).isEqualTo("at most 5 at once");
	}

	@Test
	void permitsAreSpacedToUseNinetyEightPercentOfTheRate() {
		// 60 s / 120 / 0.98
		assertThat(RateLimitSettings.of(120, Duration.ofMinutes(1)).spacing()).isEqualTo(Duration.ofNanos(510_204_081));
		assertThat(RateLimitSettings.of(20, Duration.ofSeconds(1)).spacing()).isEqualTo(Duration.ofNanos(51_020_408));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> RateLimitSettings.concurrency(5).spacing());
	}

	@Test
	void everyValueThatCannotWorkIsNamed() {
		assertThatExceptionOfType(InvalidSettingsException.class)
			.isThrownBy(() -> new RateLimitSettings(-1, Duration.ZERO, Duration.ofSeconds(-1), -2))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(SettingProblem::setting)
				.containsExactly("requests", "period", "maxWait", "maxConcurrent"))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(SettingProblem::problem)
				.containsExactly("must be at least 0, but is -1", "must be between 1ms and 1d, but is PT0S",
						"must be between 0s and 1h (a caller blocked for longer should fail and try later), but is PT-1S",
						"must be at least 0, but is -2"));
	}

	@Test
	void aPauseTakenFromTheProviderLastsFiveMinutesAtMostUnlessSetFromOneSecondToADay() {
		assertThat(RateLimitSettings.of(120, Duration.ofMinutes(1)).maxPause()).isEqualTo(Duration.ofMinutes(5));
		assertThat(RateLimitSettings.of(120, Duration.ofMinutes(1)).withMaxPause(Duration.ofDays(1)).maxPause())
			.isEqualTo(Duration.ofDays(1));
		for (Duration wrong : new Duration[] { Duration.ZERO, Duration.ofMillis(999), Duration.ofDays(2) }) {
			assertThatExceptionOfType(InvalidSettingsException.class)
				.isThrownBy(() -> RateLimitSettings.of(120, Duration.ofMinutes(1)).withMaxPause(wrong))
				.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
					.isEqualTo(new SettingProblem("maxPause", "must be between 1s and 1d (the longest pause a "
							+ "provider's answer may demand), but is " + wrong)));
		}
	}

	@Test
	void aLimiterWithoutRateOrConcurrencyIsRejected() {
		assertThatExceptionOfType(InvalidSettingsException.class)
			.isThrownBy(() -> new RateLimitSettings(0, Duration.ofMinutes(1), Duration.ofSeconds(30), 0))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
				.isEqualTo(new SettingProblem("requests",
						"must be positive when maxConcurrent is 0: a limiter needs a rate, a concurrency limit or both")));
	}

	@Test
	void boundsSayWhy() {
		assertThatExceptionOfType(InvalidSettingsException.class)
			.isThrownBy(() -> RateLimitSettings.of(2_000_000, Duration.ofMinutes(1)))
			.withMessage("Invalid RateLimitSettings: requests must be at most 1000000 (a higher rate is no limit: "
					+ "switch the limiter off), but is 2000000");
		assertThatExceptionOfType(InvalidSettingsException.class)
			.isThrownBy(() -> RateLimitSettings.of(10, Duration.ofDays(2)))
			.withMessageContaining("period must be between 1ms and 1d, but is PT48H");
		assertThatExceptionOfType(InvalidSettingsException.class)
			.isThrownBy(() -> RateLimitSettings.of(10, Duration.ofMinutes(1)).withMaxWait(Duration.ofHours(2)))
			.withMessageContaining("maxWait must be between 0s and 1h");
	}

	@Test
	void zeroWaitAndConcurrencyOnlyAreValid() {
		RateLimitSettings settings = RateLimitSettings.concurrency(5).withMaxWait(Duration.ZERO);

		assertThat(settings.requests()).isZero();
		assertThat(settings.maxConcurrent()).isEqualTo(5);
		assertThat(settings.maxWait()).isZero();
	}

}
