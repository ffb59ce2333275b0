package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;

import io.github.genmedia.providers.ratelimit.RateLimitPause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value of a pause key and the message of the pauses' channel, as documented in the
 * rate-limits reference.
 */
class StoredPauseTests {

	private static final String ORIGIN = "4f0c1a52-8d7e-4c0b-9a51-2f7d1c3b6e90";

	@Test
	void aPauseIsStoredWithItsEndFirstRoundedUpToTheMillisecond() {
		RateLimitPause pause = new RateLimitPause(Instant.parse("2026-11-29T12:05:00.000000001Z"),
				RateLimitPause.Cause.TOO_MANY_REQUESTS, Duration.ofDays(1), Duration.ofMinutes(5));

		StoredPause stored = new StoredPause(pause, ORIGIN);

		assertThat(stored.value()).isEqualTo("1795953900001|TOO_MANY_REQUESTS|86400000|300000|" + ORIGIN);
		assertThat(StoredPause.message(stored.value(), "genmedia:rate-limit:sunor:0123456789abcdef"))
			.isEqualTo("1795953900001|TOO_MANY_REQUESTS|86400000|300000|" + ORIGIN
					+ "|genmedia:rate-limit:sunor:0123456789abcdef");
	}

	@Test
	void aValueAndAMessageReadBackAndAPauseWithoutADemandKeepsNone() {
		RateLimitPause pause = new RateLimitPause(Instant.ofEpochMilli(1795953900000L), RateLimitPause.Cause.WINDOW_SPENT,
				null, Duration.ofMillis(510));
		StoredPause stored = new StoredPause(pause, ORIGIN);

		assertThat(stored.value()).isEqualTo("1795953900000|WINDOW_SPENT||510|" + ORIGIN);
		assertThat(StoredPause.parse(stored.value())).isEqualTo(stored);
		// A key is read whole, whatever it holds.
		assertThat(StoredPause.parseMessage(StoredPause.message(stored.value(), "genmedia:rate-limit:odd|name:none")))
			.isEqualTo(new StoredPause.Heard("genmedia:rate-limit:odd|name:none", stored));
	}

	@Test
	void whatIsNotAPauseIsIgnored() {
		assertThat(StoredPause.parse(null)).isNull();
		assertThat(StoredPause.parse("1795953900000")).isNull();
		assertThat(StoredPause.parse("soon|TOO_MANY_REQUESTS||510|" + ORIGIN)).isNull();
		assertThat(StoredPause.parse("1795953900000|BORED||510|" + ORIGIN)).isNull();
		assertThat(StoredPause.parseMessage("1795953900000|TOO_MANY_REQUESTS||510|" + ORIGIN)).isNull();
	}

}
