package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Refreshes as timers by outcome, and the configured account's remaining token life as a
 * gauge.
 */
class MicrometerSunoTokenObserverTest {

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ThreadPoolTaskScheduler scheduler = SunoSchedulerFactory.create(1);

	private SunoTokenProvider provider;

	@AfterEach
	void stop() {
		this.provider.stop();
		this.scheduler.shutdown();
	}

	@Test
	void recordsRefreshesByOutcomeAndTheConfiguredAccountsExpiry() {
		ClerkStubs.session(clerk, "client-ok", "sess_ok");
		ClerkStubs.token(clerk, "sess_ok", TestJwts.expiringAt(Instant.now().plusSeconds(600)));
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).withHeader("Authorization", equalTo("client-down"))
			.willReturn(aResponse().withStatus(500)));
		this.provider = SunoTokenProvider.builder(ClerkStubs.client(clerk), this.scheduler)
			.defaultCookie(SunoCookie.parse("__client=client-ok"))
			.retry(new ClerkRetry(1, Duration.ofMillis(10), Duration.ofMillis(10)))
			.observer(new MicrometerSunoTokenObserver(this.registry))
			.build();

		this.provider.start();
		this.provider.currentToken(Duration.ofSeconds(10));
		assertThatExceptionOfType(SunoAuthenticationException.class)
			.isThrownBy(() -> this.provider.forCookie("__client=client-down").currentToken(Duration.ofSeconds(10)));

		Poll.until(Duration.ofSeconds(10), "both refreshes recorded",
				() -> timer("success").count() == 1 && timer("failure").count() == 1);
		Gauge expiry = this.registry.get(MicrometerSunoTokenObserver.EXPIRY_GAUGE).gauge();
		assertThat(expiry.value()).isBetween(590.0, 600.0);
		assertThat(expiry.getId().getBaseUnit()).isEqualTo("seconds");
		assertThat(this.registry.find(MicrometerSunoTokenObserver.EXPIRY_GAUGE).gauges()).hasSize(1);
	}

	@Test
	void theExpiryGaugeFollowsTheConfiguredAccountWhenItsCookieIsReplaced() {
		ClerkStubs.session(clerk, "client-old", "sess_old");
		ClerkStubs.token(clerk, "sess_old", TestJwts.expiringAt(Instant.now().plusSeconds(600)));
		ClerkStubs.session(clerk, "client-new", "sess_new");
		ClerkStubs.token(clerk, "sess_new", TestJwts.expiringAt(Instant.now().plusSeconds(3600)));
		this.provider = SunoTokenProvider.builder(ClerkStubs.client(clerk), this.scheduler)
			.defaultCookie(SunoCookie.parse("__client=client-old"))
			.retry(new ClerkRetry(1, Duration.ofMillis(10), Duration.ofMillis(10)))
			.observer(new MicrometerSunoTokenObserver(this.registry))
			.build();
		this.provider.start();
		this.provider.currentToken(Duration.ofSeconds(10));
		Gauge expiry = this.registry.get(MicrometerSunoTokenObserver.EXPIRY_GAUGE).gauge();
		assertThat(expiry.value()).isBetween(590.0, 600.0);

		assertThat(this.provider.replaceDefaultCookie(SunoCookie.parse("__client=client-new"))).isTrue();
		this.provider.currentToken(Duration.ofSeconds(10));

		assertThat(this.registry.find(MicrometerSunoTokenObserver.EXPIRY_GAUGE).gauges()).hasSize(1);
		assertThat(expiry.value()).as("the new account's token, not the stopped old one's").isBetween(3590.0, 3600.0);
	}

	private Timer timer(String outcome) {
		return this.registry.get(MicrometerSunoTokenObserver.REFRESH_TIMER).tag("outcome", outcome).timer();
	}

}
