package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a provider's headers say about its window, read without trusting them.
 */
class ProviderSignalsTest {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

	@Test
	void aResetIsAUnixTimeInSecondsOrSecondsFromNow() {
		assertThat(ProviderSignals.reset(reset(String.valueOf(NOW.getEpochSecond() + 42)), NOW))
			.isEqualTo(Duration.ofSeconds(42));
		assertThat(ProviderSignals.reset(reset("42"), NOW)).isEqualTo(Duration.ofSeconds(42));
	}

	@Test
	void aResetInThePastOrUnreadableIsIgnored() {
		assertThat(ProviderSignals.reset(reset(String.valueOf(NOW.getEpochSecond() - 5)), NOW)).isNull();
		assertThat(ProviderSignals.reset(reset("0"), NOW)).isNull();
		assertThat(ProviderSignals.reset(reset("soon"), NOW)).isNull();
		assertThat(ProviderSignals.reset(new HttpHeaders(), NOW)).isNull();
	}

	private static HttpHeaders reset(String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-RateLimit-Reset", value);
		return headers;
	}

}
