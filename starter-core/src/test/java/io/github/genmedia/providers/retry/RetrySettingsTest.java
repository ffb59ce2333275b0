package io.github.genmedia.providers.retry;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RetrySettingsTest {

	@Test
	void defaultsMatchTheDocumentedValues() {
		RetrySettings defaults = RetrySettings.defaults();

		assertThat(defaults.enabled()).isTrue();
		assertThat(defaults.maxAttempts()).isEqualTo(3);
		assertThat(defaults.initialInterval()).isEqualTo(Duration.ofMillis(500));
		assertThat(defaults.multiplier()).isEqualTo(2);
		assertThat(defaults.maxInterval()).isEqualTo(Duration.ofSeconds(10));
		assertThat(defaults.jitter()).isEqualTo(Duration.ofMillis(100));
		assertThat(defaults.nonIdempotent()).isFalse();
		assertThat(defaults.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void withersChangeOneValueAndLeaveTheOriginalAlone() {
		RetrySettings defaults = RetrySettings.defaults();

		RetrySettings changed = defaults.withEnabled(false)
			.withMaxAttempts(5)
			.withInitialInterval(Duration.ofMillis(10))
			.withMultiplier(1.5)
			.withMaxInterval(Duration.ofSeconds(1))
			.withJitter(Duration.ZERO)
			.withNonIdempotent(true)
			.withMaxRetryAfter(Duration.ofMinutes(2));

		assertThat(changed).isEqualTo(new RetrySettings(false, 5, Duration.ofMillis(10), 1.5, Duration.ofSeconds(1),
				Duration.ZERO, true, Duration.ofMinutes(2)));
		assertThat(defaults).isEqualTo(RetrySettings.defaults());
		assertThat(defaults.enabled()).isTrue();
	}

	@Test
	void oneAttemptAndZeroMaxRetryAfterAreAllowed() {
		RetrySettings settings = RetrySettings.defaults().withMaxAttempts(1).withMaxRetryAfter(Duration.ZERO);

		assertThat(settings.maxAttempts()).isEqualTo(1);
		assertThat(settings.maxRetryAfter()).isZero();
	}

	@Test
	void initialIntervalAboveMaxIntervalIsAllowedSinceTheMaximumCapsIt() {
		assertThat(RetrySettings.defaults().withInitialInterval(Duration.ofSeconds(20)).initialInterval())
			.isEqualTo(Duration.ofSeconds(20));
	}

	static Stream<Arguments> nonsense() {
		return Stream.of(
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMaxAttempts(0),
						"maxAttempts", "must be at least 1, but is 0"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMaxAttempts(-3),
						"maxAttempts", "must be at least 1, but is -3"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withInitialInterval(Duration.ZERO),
						"initialInterval", "must be positive, but is PT0S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withInitialInterval(Duration.ofMillis(-1)),
						"initialInterval", "must be positive, but is PT-0.001S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withInitialInterval(null),
						"initialInterval", "must be positive, but is null"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMaxInterval(Duration.ZERO),
						"maxInterval", "must be positive, but is PT0S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMultiplier(0.5),
						"multiplier", "must be at least 1, but is 0.5"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMultiplier(Double.NaN),
						"multiplier", "must be at least 1, but is NaN"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMultiplier(Double.POSITIVE_INFINITY),
						"multiplier", "must be at least 1, but is Infinity"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withJitter(Duration.ofMillis(-5)),
						"jitter", "must not be negative, but is PT-0.005S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withJitter(null),
						"jitter", "must not be negative, but is null"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMaxRetryAfter(Duration.ofSeconds(-1)),
						"maxRetryAfter", "must not be negative, but is PT-1S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMaxAttempts(1_000_000), "maxAttempts",
						"must be at most 10 (retries are for blips, not outages), but is 1000000"));
	}

	@ParameterizedTest
	@MethodSource("nonsense")
	void rejectsValuesNoRetryCanWorkWith(UnaryOperator<RetrySettings> change, String setting, String problem) {
		assertThatExceptionOfType(InvalidSettingsException.class)
			.isThrownBy(() -> change.apply(RetrySettings.defaults()))
			.satisfies((ex) -> assertThat(ex.getProblems()).containsExactly(new SettingProblem(setting, problem)))
			.withMessage("Invalid RetrySettings: " + setting + " " + problem);
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		assertThatExceptionOfType(InvalidSettingsException.class)
			.isThrownBy(() -> new RetrySettings(true, 0, Duration.ZERO, 0.5, Duration.ofSeconds(1), Duration.ZERO,
					false, Duration.ofSeconds(-1)))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(SettingProblem::setting)
				.containsExactly("maxAttempts", "initialInterval", "multiplier", "maxRetryAfter"));
	}

}
