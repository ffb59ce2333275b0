package io.github.genmedia.providers.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider clients are observed as {@code http.client.requests}, tagged with the
 * provider, because they are built from Spring Boot's {@code RestClient.Builder}.
 */
class ProviderObservationTests {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void requestsAreTimedWithAProviderTag() {
		provider.stubFor(get("/api/songs").willReturn(ok("[]")));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
			.web(WebApplicationType.NONE)
			.properties("providers.sunor.api-key=k", "providers.sunor.base-url=" + provider.baseUrl() + "/api",
					"spring.main.banner-mode=off")
			.run()) {
			context.getBean("sunorRestClient", RestClient.class).get().uri("/songs").retrieve().body(String.class);
			RestClient.Builder plain = context.getBean(RestClient.Builder.class);
			plain.baseUrl(provider.baseUrl()).build().get().uri("/api/songs").retrieve().body(String.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("http.client.requests").tag("provider", "sunor").timer().count()).isEqualTo(1);
			assertThat(registry.get("http.client.requests").tag("provider", "none").timer().count()).isEqualTo(1);
			assertThat(registry.get("http.client.requests").tag("provider", "sunor").timer().getId().getTag("uri"))
				.isEqualTo("/api/songs");
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
