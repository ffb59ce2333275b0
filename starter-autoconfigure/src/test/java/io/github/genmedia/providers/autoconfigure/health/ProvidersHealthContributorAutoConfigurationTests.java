package io.github.genmedia.providers.autoconfigure.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.ratelimit.RateLimitPause;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * {@code /actuator/health/providers/<name>}: passive by default, probing where a cheap
 * read exists, never spending more than one probe per cache period.
 */
class ProvidersHealthContributorAutoConfigurationTests {

	private static final String KEY = "health-key-0123456789";

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, ProvidersHealthContributorAutoConfiguration.class))
		.withPropertyValues("providers.whisul.api-key=" + KEY, "providers.whisul.base-url=" + provider.baseUrl(),
				"providers.whisul.retry.enabled=false");

	@Test
	void oneChildPerActiveProvider() {
		this.runner.withPropertyValues("providers.supertone.api-key=" + KEY).run((context) -> {
			CompositeHealthContributor providers = contributor(context);
			assertThat(providers.stream().map((entry) -> entry.name())).containsExactlyInAnyOrder("whisul",
					"supertone");
		});
	}

	@Test
	void noTrafficYetIsUnknownAndSaysSo() {
		this.runner.run((context) -> {
			Health health = health(context, "whisul");
			assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(health.getStatus().getDescription()).isEqualTo("no traffic yet");
			assertThat(health.getDetails()).containsEntry("baseUrl", provider.baseUrl());
		});
	}

	@Test
	void successfulTrafficIsUp() {
		provider.stubFor(get("/songs").willReturn(ok("[]")));
		this.runner.run((context) -> {
			whisul(context).get().uri("/songs").retrieve().body(String.class);
			Health health = health(context, "whisul");
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("lastStatus", 200).containsKey("lastChecked");
		});
	}

	@Test
	void rejectedCredentialsAreDown() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(401)));
		this.runner.run((context) -> {
			catchThrowable(() -> whisul(context).get().uri("/songs").retrieve().body(String.class));
			Health health = health(context, "whisul");
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "credentials rejected (HTTP 401)");
		});
	}

	@Test
	void aRejectionNamesItsOwnStatusWhateverFollowed() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(403)));
		provider.stubFor(get("/later").willReturn(aResponse().withStatus(503)));
		this.runner.run((context) -> {
			catchThrowable(() -> whisul(context).get().uri("/songs").retrieve().body(String.class));
			catchThrowable(() -> whisul(context).get().uri("/later").retrieve().body(String.class));
			Health health = health(context, "whisul");
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "credentials rejected (HTTP 403)")
				.containsEntry("lastStatus", 503);
		});
	}

	@Test
	void aRunOfServerErrorsIsDownWithTheLastError() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(503)));
		this.runner.run((context) -> {
			for (int i = 0; i < 2; i++) {
				catchThrowable(() -> whisul(context).get().uri("/songs").retrieve().body(String.class));
			}
			assertThat(health(context, "whisul").getStatus()).isEqualTo(Status.UP);
			catchThrowable(() -> whisul(context).get().uri("/songs").retrieve().body(String.class));
			Health health = health(context, "whisul");
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "3 failed requests in a row")
				.containsEntry("lastError", "HTTP 503");
		});
	}

	@Test
	void healthCountsCallsNotRetryAttempts() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(503)));
		this.runner.withPropertyValues("providers.whisul.retry.enabled=true", "providers.whisul.retry.initial-interval=5ms",
				"providers.whisul.retry.jitter=0ms").run((context) -> {
			catchThrowable(() -> whisul(context).get().uri("/songs").retrieve().body(String.class));
			provider.verify(3, getRequestedFor(urlEqualTo("/songs")));
			assertThat(health(context, "whisul").getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void whatTrafficShowedExpiresSoAnInstanceOutOfRotationCanComeBack() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(401)));
		// Long enough to see the 401 first on a busy machine; then waited for, not slept.
		this.runner.withPropertyValues("providers.whisul.health.stale-after=3s").run((context) -> {
			catchThrowable(() -> whisul(context).get().uri("/songs").retrieve().body(String.class));
			assertThat(health(context, "whisul").getStatus()).isEqualTo(Status.DOWN);
			await().atMost(Duration.ofSeconds(30)).until(() -> health(context, "whisul").getStatus() != Status.DOWN);
			Health health = health(context, "whisul");
			assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(health.getStatus().getDescription()).isEqualTo("no recent traffic");
		});
	}

	@Test
	void sunorIsProbedOncePerCachePeriodAndReportsItsBalance() {
		provider.stubFor(get("/account/balance").willReturn(okJson("{\"balance\":12.5,\"currency\":\"credits\"}")));
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + provider.baseUrl())
			.run((context) -> {
				Health first = health(context, "sunor");
				Health second = health(context, "sunor");
				assertThat(first.getStatus()).isEqualTo(Status.UP);
				@SuppressWarnings("unchecked")
				Map<String, Object> probe = (Map<String, Object>) first.getDetails().get("probe");
				assertThat(probe).containsEntry("success", true).containsEntry("status", 200)
					.containsEntry("balance", 12.5)
					.doesNotContainKey("currency");
				assertThat(second.getDetails().get("probe")).isEqualTo(probe);
				provider.verify(1, getRequestedFor(urlEqualTo("/account/balance")));
			});
	}

	@Test
	void probeThatTimesOutIsDown() {
		provider.stubFor(get("/account/balance").willReturn(okJson("{}").withFixedDelay(3000)));
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + provider.baseUrl(),
					"providers.sunor.health.timeout=200ms", "providers.sunor.retry.enabled=false")
			.run((context) -> {
				Health health = health(context, "sunor");
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat((String) health.getDetails().get("reason")).startsWith("probe failed: no response");
			});
	}

	@Test
	void probePathCanBeConfiguredForAnyProvider() {
		provider.stubFor(get("/me").willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"key lacks scope\"}")));
		this.runner.withPropertyValues("providers.whisul.health.probe-path=/me").run((context) -> {
			Health health = health(context, "whisul");
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason",
					"probe failed: Provider 'whisul' denied access (HTTP 403 Forbidden): key lacks scope");
			assertThat(health.toString()).doesNotContain(KEY);
		});
	}

	@Test
	void aPauseBeyondMaxWaitSaysWhatDemandedIt() {
		RateLimitSettings settings = RateLimitSettings.of(100, Duration.ofDays(1)).withMaxPause(Duration.ofHours(1));
		Instant until = Instant.parse("2026-11-29T13:00:00Z");

		assertThat(ProviderHealthIndicator.pauseReason(new RateLimitPause(until,
				RateLimitPause.Cause.WINDOW_SPENT, Duration.ofHours(3), Duration.ofHours(1)), settings))
			.isEqualTo("calls are refused until 2026-11-29T13:00:00Z, a pause longer than rate-limit.max-wait (PT30S): "
					+ "the provider said its window is spent (X-RateLimit-Remaining: 0, resetting in PT3H), cut to "
					+ "rate-limit.max-pause (PT1H)");
		assertThat(ProviderHealthIndicator.pauseReason(new RateLimitPause(until,
				RateLimitPause.Cause.TOO_MANY_REQUESTS, Duration.ofMinutes(10), Duration.ofMinutes(10)), settings))
			.isEqualTo("calls are refused until 2026-11-29T13:00:00Z, a pause longer than rate-limit.max-wait (PT30S): "
					+ "the provider answered 429 with a Retry-After of PT10M");
		assertThat(ProviderHealthIndicator.pauseReason(new RateLimitPause(until,
				RateLimitPause.Cause.TOO_MANY_REQUESTS, null, Duration.ofMinutes(15)), settings))
			.isEqualTo("calls are refused until 2026-11-29T13:00:00Z, a pause longer than rate-limit.max-wait (PT30S): "
					+ "the provider answered 429 without a Retry-After");
	}

	@Test
	void healthIndicatorCanBeSwitchedOff() {
		this.runner.withPropertyValues("management.health.providers.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("providersHealthContributor"));
	}

	private static RestClient whisul(AssertableApplicationContext context) {
		return context.getBean("whisulRestClient", RestClient.class);
	}

	private static CompositeHealthContributor contributor(AssertableApplicationContext context) {
		return context.getBean("providersHealthContributor", CompositeHealthContributor.class);
	}

	private static Health health(AssertableApplicationContext context, String provider) {
		HealthIndicator indicator = (HealthIndicator) contributor(context).getContributor(provider);
		return indicator.health(true);
	}

}
