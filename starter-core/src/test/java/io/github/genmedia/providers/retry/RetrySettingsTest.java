package io.github.genmedia.providers.retry;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
						"maxAttempts must be at least 1 but was 0"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMaxAttempts(-3),
						"maxAttempts must be at least 1 but was -3"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withInitialInterval(Duration.ZERO),
						"initialInterval must be positive but was PT0S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withInitialInterval(Duration.ofMillis(-1)),
						"initialInterval must be positive but was PT-0.001S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withInitialInterval(null),
						"initialInterval must be positive but was null"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMaxInterval(Duration.ZERO),
						"maxInterval must be positive but was PT0S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMultiplier(0.5),
						"multiplier must be at least 1 but was 0.5"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMultiplier(Double.NaN),
						"multiplier must be at least 1 but was NaN"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMultiplier(Double.POSITIVE_INFINITY),
						"multiplier must be at least 1 but was Infinity"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withJitter(Duration.ofMillis(-5)),
						"jitter must be zero or positive but was PT-0.005S"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withJitter(null),
						"jitter must be zero or positive but was null"),
				Arguments.of((UnaryOperator<RetrySettings>) (s) -> s.withMaxRetryAfter(Duration.ofSeconds(-1)),
						"maxRetryAfter must be zero or positive but was PT-1S"));
	}

	@ParameterizedTest
	@MethodSource("nonsense")
	void rejectsValuesNoRetryCanWorkWith(UnaryOperator<RetrySettings> change, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> change.apply(RetrySettings.defaults()))
			.withMessage(message);
	}

}
