package io.github.genmedia.providers.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A full application logging at TRACE never prints a provider key, in startup, requests,
 * errors, or the beans' {@code toString()}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProviderSecretsLoggingTests {

	private static final String KEY = "sk-trace-0123456789-secret";

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void keyNeverReachesTheLogsAtTrace(CapturedOutput output) {
		provider.stubFor(get("/ok").willReturn(ok("fine")));
		provider.stubFor(get("/denied").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":401,\"message\":\"Invalid key " + KEY + "\"}")));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LoggingApp.class)
			.web(WebApplicationType.NONE)
			.properties("logging.level.root=TRACE", "providers.sunor.api-key=" + KEY,
					"providers.sunor.base-url=" + provider.baseUrl(), "spring.main.banner-mode=off")
			.run()) {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			assertThat(client.get().uri("/ok").retrieve().body(String.class)).isEqualTo("fine");
			assertThatExceptionOfType(ProviderAuthenticationException.class)
				.isThrownBy(() -> client.get().uri("/denied").retrieve().body(String.class))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).contains("Invalid key [REDACTED]").doesNotContain(KEY);
					org.apache.commons.logging.LogFactory.getLog(getClass()).trace("Provider failure", ex);
				});
			org.apache.commons.logging.LogFactory.getLog(getClass())
				.trace("Clients: " + context.getBean(ProviderClients.class) + " "
						+ context.getBean(ProviderClients.class).summary("sunor") + " " + client);
		}
		assertThat(output).as("TRACE logging was on").contains("TRACE");
		assertThat(output).as("the request was logged").contains("/ok");
		assertThat(output).doesNotContain(KEY);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class LoggingApp {

	}

}
