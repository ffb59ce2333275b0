package io.github.genmedia.providers.retry;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

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

	@ParameterizedTest
	@ValueSource(strings = { "99999999999999999999999", "99999999999999999999", "99999999999999999",
			"999999999999999999", "31536001", "Fri, 31 Dec 9999 23:59:59 GMT" })
	void anyLongerWaitIsReadAsAYearSoThatNoOneOverflowsComputingWithIt(String value) {
		Duration wait = RetryAfter.parse(value, NOW);

		assertThat(wait).isEqualTo(RetryAfter.LONGEST).isEqualTo(Duration.ofDays(365));
		// What the key ring and the limiter do with it: neither throws.
		assertThat(Instant.MAX.minus(Duration.ofDays(400)).plus(wait)).isBefore(Instant.MAX);
		assertThat(wait.toNanos()).isPositive();
	}

	@Test
	void leadingZerosDoNotMakeAShortWaitLong() {
		assertThat(RetryAfter.parse("0000000000000000000000005", NOW)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void aPauseIsCutToItsLongestAndNoWaitIsNoPause() {
		Duration max = Duration.ofMinutes(5);

		assertThat(RetryAfter.pause(retryAfter("86400"), NOW, max)).isEqualTo(max);
		assertThat(RetryAfter.pause(retryAfter("99999999999999999999"), NOW, max)).isEqualTo(max);
		assertThat(RetryAfter.pause(retryAfter("Fri, 31 Dec 9999 23:59:59 GMT"), NOW, max)).isEqualTo(max);
		assertThat(RetryAfter.pause(retryAfter("30"), NOW, max)).isEqualTo(Duration.ofSeconds(30));
		assertThat(RetryAfter.pause(retryAfter("Tue, 09 Jun 2026 08:50:37 GMT"), NOW, max))
			.isEqualTo(Duration.ofMinutes(1));
		for (String none : new String[] { "0", "-5", "", "  ", "soon", "Tue, 09 Jun 2026 08:00:00 GMT" }) {
			assertThat(RetryAfter.pause(retryAfter(none), NOW, max)).as(none).isNull();
		}
		assertThat(RetryAfter.pause(new HttpHeaders(), NOW, max)).isNull();
	}

	private static HttpHeaders retryAfter(String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, value);
		return headers;
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
