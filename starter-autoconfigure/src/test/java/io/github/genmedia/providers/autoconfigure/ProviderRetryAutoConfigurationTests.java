package io.github.genmedia.providers.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.retry.MicrometerRetryObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code providers.<name>.retry.*} and {@code providers.defaults.*} reach the clients.
 */
class ProviderRetryAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class))
		.withPropertyValues("providers.sunor.api-key=k", "providers.sunor.base-url=" + provider.baseUrl(),
				"providers.defaults.retry.initial-interval=10ms", "providers.defaults.retry.jitter=0ms");

	@Test
	void unavailableTwiceThenOkIsOneCallForTheUserAndThreeOnTheWire() {
		provider.stubFor(get("/songs").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
		provider.stubFor(get("/songs").inScenario("flaky").whenScenarioStateIs("second")
			.willReturn(aResponse().withStatus(503)).willSetStateTo("third"));
		provider.stubFor(get("/songs").inScenario("flaky").whenScenarioStateIs("third").willReturn(ok("[1]")));
		this.runner.run((context) -> {
			assertThat(sunor(context).get().uri("/songs").retrieve().body(String.class)).isEqualTo("[1]");
			provider.verify(3, getRequestedFor(urlEqualTo("/songs")));
		});
	}

	@Test
	void sharedDefaultsApplyAndAProviderSettingWins() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(503)));
		this.runner.withPropertyValues("providers.defaults.retry.max-attempts=2").run((context) -> {
			assertThatExceptionOfType(ProviderApiException.class)
				.isThrownBy(() -> sunor(context).get().uri("/songs").retrieve().body(String.class));
			provider.verify(2, getRequestedFor(urlEqualTo("/songs")));
		});
		provider.resetRequests();
		this.runner.withPropertyValues("providers.defaults.retry.max-attempts=2", "providers.sunor.retry.max-attempts=4")
			.run((context) -> {
				assertThatExceptionOfType(ProviderApiException.class)
					.isThrownBy(() -> sunor(context).get().uri("/songs").retrieve().body(String.class));
				provider.verify(4, getRequestedFor(urlEqualTo("/songs")));
			});
	}

	@Test
	void retryCanBeSwitchedOff() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(503)));
		this.runner.withPropertyValues("providers.sunor.retry.enabled=false").run((context) -> {
			assertThatExceptionOfType(ProviderApiException.class)
				.isThrownBy(() -> sunor(context).get().uri("/songs").retrieve().body(String.class));
			provider.verify(1, getRequestedFor(urlEqualTo("/songs")));
		});
	}

	@Test
	void postIsNotRetriedUnlessTheProviderAllowsIt() {
		provider.stubFor(post("/generate").willReturn(aResponse().withStatus(503)));
		this.runner.run((context) -> {
			assertThatExceptionOfType(ProviderApiException.class).isThrownBy(
					() -> sunor(context).post().uri("/generate").body("{\"prompt\":\"x\"}").retrieve().body(String.class));
			provider.verify(1, postRequestedFor(urlEqualTo("/generate")));
		});
		provider.resetRequests();
		this.runner.withPropertyValues("providers.sunor.retry.non-idempotent=true").run((context) -> {
			assertThatExceptionOfType(ProviderApiException.class).isThrownBy(
					() -> sunor(context).post().uri("/generate").body("{\"prompt\":\"x\"}").retrieve().body(String.class));
			provider.verify(3, postRequestedFor(urlEqualTo("/generate")));
		});
	}

	@Test
	void invalidRetrySettingFailsStartupNamingTheProperty() {
		this.runner.withPropertyValues("providers.sunor.retry.max-attempts=0").run((context) -> {
			InvalidProviderConfigurationException failure = ProvidersAutoConfigurationTests
				.findCause(context.getStartupFailure(), InvalidProviderConfigurationException.class);
			assertThat(failure.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("providers.sunor.retry.max-attempts");
				assertThat(problem.problem()).isEqualTo("must be at least 1, but is 0");
			});
		});
	}

	@Test
	void sharedTimeoutsApplyWhereAProviderSetsNone() {
		this.runner.withPropertyValues("providers.defaults.read-timeout=45s", "providers.sunor.connect-timeout=3s")
			.run((context) -> {
				ProviderSummary settings = context.getBean(ProviderClients.class).summary("sunor");
				assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(45));
				assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
			});
	}

	@Test
	void retriesAreCountedPerProviderAndOutcome() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(503)));
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThatExceptionOfType(ProviderApiException.class)
				.isThrownBy(() -> sunor(context).get().uri("/songs").retrieve().body(String.class));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MicrometerRetryObserver.METRIC_NAME).tag("provider", "sunor")
				.tag("outcome", "retried").counter().count()).isEqualTo(2);
			assertThat(registry.get(MicrometerRetryObserver.METRIC_NAME).tag("provider", "sunor")
				.tag("outcome", "exhausted").counter().count()).isEqualTo(1);
		});
	}

	private static RestClient sunor(org.springframework.context.ApplicationContext context) {
		return context.getBean("sunorRestClient", RestClient.class);
	}

}
