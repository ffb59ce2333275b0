package io.github.genmedia.providers.retry;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

	private static final Instant NOW = Instant.parse("2026-06-09T08:49:37Z");

	@Test
	void readsDeltaSeconds() {
		assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofMinutes(2));
		assertThat(RetryAfter.parse(" 5 ", NOW)).isEqualTo(Duration.ofSeconds(5));
		assertThat(RetryAfter.parse("0", NOW)).isZero();
		assertThat(RetryAfter.parse("007", NOW)).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void moreSecondsThanALongHoldsIsTheLongestWait() {
		assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
	}

	@Test
	void readsAnImfFixdate() {
		assertThat(RetryAfter.parse("Tue, 09 Jun 2026 08:50:37 GMT", NOW)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void readsAnObsoleteRfc850Date() {
		assertThat(RetryAfter.parse("Tuesday, 09-Jun-26 08:50:37 GMT", NOW)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void readsAnAsctimeDateWithItsSpacePaddedDay() {
		Instant now = Instant.parse("2026-06-06T08:49:37Z");

		assertThat(RetryAfter.parse("Sat Jun  6 08:50:37 2026", now)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void dateInThePastMeansNoWait() {
		assertThat(RetryAfter.parse("Tue, 09 Jun 2026 08:00:00 GMT", NOW)).isZero();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "-5", "1.5", "soon", "5 seconds", "Tue, 09 Jum 2026 08:50:37 GMT", "2026-06-09T08:50:37Z" })
	void valueThatIsNeitherSecondsNorADateGivesNoWait(String value) {
		assertThat(RetryAfter.parse(value, NOW)).isNull();
	}

}
