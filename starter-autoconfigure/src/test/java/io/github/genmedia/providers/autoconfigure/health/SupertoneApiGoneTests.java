package io.github.genmedia.providers.autoconfigure.health;

import java.io.IOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.supertone.SupertoneApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.ResourceAccessException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What an application sees if Supertone's API is gone (Supertone announced its end): the
 * README promises a DOWN health with the reason, and a typed exception on each call, not a
 * hang or an UP that lies. Two ways to be gone: the host answers 404 for every path, or
 * nothing listens any more.
 */
class SupertoneApiGoneTests {

	private static final String KEY = "supertone-key-0123456789";

	@RegisterExtension
	static WireMockExtension supertone = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class,
				ProvidersHealthContributorAutoConfiguration.class))
		.withPropertyValues("providers.supertone.api-key=" + KEY, "providers.supertone.retry.enabled=false");

	@Test
	void anApiThatAnswers404EverywhereIsDownAndEachCallFailsWithTheStatus() {
		supertone.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Not Found\"}")));
		this.runner.withPropertyValues("providers.supertone.base-url=" + supertone.baseUrl()).run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason",
					"probe failed: Provider 'supertone' answered HTTP 404 Not Found: Not Found");
			Throwable failure = catchThrowable(() -> context.getBean(SupertoneApi.class).getCredits());
			assertThat(failure).isInstanceOf(ProviderApiException.class)
				.hasMessage("Provider 'supertone' answered HTTP 404 Not Found: Not Found");
			assertThat(((ProviderApiException) failure).getStatusCode().value()).isEqualTo(404);
		});
	}

	@Test
	void anApiNobodyAnswersAnyMoreIsDownAndEachCallFailsWithoutAResponse() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		this.runner.withPropertyValues("providers.supertone.base-url=http://127.0.0.1:" + closedPort)
			.run((context) -> {
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat((String) health.getDetails().get("reason")).startsWith("probe failed: no response");
				assertThat(catchThrowable(() -> context.getBean(SupertoneApi.class).getCredits()))
					.isInstanceOf(ResourceAccessException.class);
			});
	}

	private static Health health(AssertableApplicationContext context) {
		CompositeHealthContributor providers = context.getBean("providersHealthContributor",
				CompositeHealthContributor.class);
		return ((HealthIndicator) providers.getContributor("supertone")).health(true);
	}

}
