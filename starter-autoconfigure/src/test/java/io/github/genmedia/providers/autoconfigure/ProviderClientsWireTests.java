package io.github.genmedia.providers.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.error.ProviderAccessDeniedException;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the auto-configured clients put on the wire, checked against WireMock.
 */
class ProviderClientsWireTests {

	private static final String KEY = "key-0123456789";

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension elsewhere = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class));

	private String baseUrl() {
		return provider.baseUrl() + "/api/v1";
	}

	@Test
	void sunorSendsXApiKeyAndNoAuthorization() {
		assertHeaderOnTheWire("sunor", KEY, "x-api-key", KEY);
	}

	@Test
	void supertoneSendsXSupApiKeyAndNoAuthorization() {
		assertHeaderOnTheWire("supertone", KEY, "x-sup-api-key", KEY);
	}

	@Test
	void autypeSendsXApiKeyAndNoAuthorization() {
		assertHeaderOnTheWire("autype", "ak_" + KEY, "X-API-Key", "ak_" + KEY);
	}

	@Test
	void whisulSendsBearerToken() {
		provider.stubFor(get("/api/v1/ping").willReturn(ok()));
		this.runner.withPropertyValues("providers.whisul.api-key=" + KEY, "providers.whisul.base-url=" + baseUrl())
			.run((context) -> {
				context.getBean("whisulRestClient", RestClient.class).get().uri("/ping").retrieve().toBodilessEntity();
				provider.verify(getRequestedFor(urlEqualTo("/api/v1/ping")).withHeader("Authorization",
						equalTo("Bearer " + KEY)));
			});
	}

	@Test
	void customHeaderProviderSendsItsHeaderAndDefaultHeaders() {
		provider.stubFor(get("/api/v1/ping").willReturn(ok()));
		this.runner
			.withPropertyValues("providers.my-tts.base-url=" + baseUrl(), "providers.my-tts.api-key=" + KEY,
					"providers.my-tts.auth.type=header", "providers.my-tts.auth.header-name=X-Tts-Key",
					"providers.my-tts.default-headers.X-Team=media")
			.run((context) -> {
				context.getBean("myTtsRestClient", RestClient.class).get().uri("/ping").retrieve().toBodilessEntity();
				provider.verify(getRequestedFor(urlEqualTo("/api/v1/ping"))
					.withHeader("X-Tts-Key", equalTo(KEY))
					.withHeader("X-Team", equalTo("media"))
					.withoutHeader("Authorization"));
			});
	}

	@Test
	void absoluteUrlToAnotherHostCarriesNoCredential() {
		elsewhere.stubFor(get("/file.mp3").willReturn(ok("audio")));
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + baseUrl())
			.run((context) -> {
				String body = context.getBean("sunorRestClient", RestClient.class)
					.get()
					.uri(elsewhere.baseUrl() + "/file.mp3")
					.retrieve()
					.body(String.class);
				assertThat(body).isEqualTo("audio");
				elsewhere.verify(getRequestedFor(urlEqualTo("/file.mp3")).withoutHeader("x-api-key"));
			});
	}

	@Test
	void defaultHeadersStayWithTheProvidersOriginAndOutOfToString() {
		provider.stubFor(get("/api/v1/ping").willReturn(ok()));
		elsewhere.stubFor(get("/file.mp3").willReturn(ok("audio")));
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + baseUrl(),
					"providers.sunor.default-headers.X-Team-Token=team-secret")
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				client.get().uri("/ping").retrieve().toBodilessEntity();
				client.get().uri(elsewhere.baseUrl() + "/file.mp3").retrieve().toBodilessEntity();
				provider.verify(getRequestedFor(urlEqualTo("/api/v1/ping")).withHeader("X-Team-Token",
						equalTo("team-secret")));
				elsewhere.verify(getRequestedFor(urlEqualTo("/file.mp3")).withoutHeader("X-Team-Token"));
				assertThat(context.getBean(ActiveProviders.class).providers().get(0).toString()).contains("X-Team-Token")
					.doesNotContain("team-secret")
					.doesNotContain(KEY);
			});
	}

	@Test
	void redirectToAnotherHostCarriesNoCredential() {
		provider.stubFor(get("/api/v1/song/1/audio").willReturn(temporaryRedirect(elsewhere.baseUrl() + "/cdn/1.mp3")));
		elsewhere.stubFor(get("/cdn/1.mp3").willReturn(ok("audio")));
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + baseUrl())
			.run((context) -> {
				String body = context.getBean("sunorRestClient", RestClient.class)
					.get()
					.uri("/song/1/audio")
					.retrieve()
					.body(String.class);
				assertThat(body).isEqualTo("audio");
				provider.verify(getRequestedFor(urlEqualTo("/api/v1/song/1/audio")).withHeader("x-api-key",
						equalTo(KEY)));
				elsewhere.verify(getRequestedFor(urlEqualTo("/cdn/1.mp3")).withoutHeader("x-api-key"));
			});
	}

	@Test
	void errorsAreMappedToProviderExceptionsWithTheProvidersMessage() {
		provider.stubFor(get("/api/v1/401").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":401,\"message\":\"Invalid API key\"}")));
		provider.stubFor(get("/api/v1/403").willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Plan does not include this voice\"}")));
		provider.stubFor(get("/api/v1/429").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":429,\"message\":\"Too many requests\"}")));
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + baseUrl())
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				assertThatExceptionOfType(ProviderAuthenticationException.class)
					.isThrownBy(() -> client.get().uri("/401").retrieve().body(String.class))
					.withMessage("Provider 'sunor' rejected the credential (HTTP 401 Unauthorized): Invalid API key");
				assertThatExceptionOfType(ProviderAccessDeniedException.class)
					.isThrownBy(() -> client.get().uri("/403").retrieve().body(String.class))
					.withMessage("Provider 'sunor' denied access (HTTP 403 Forbidden): Plan does not include this voice");
				assertThatExceptionOfType(ProviderApiException.class)
					.isThrownBy(() -> client.get().uri("/429").retrieve().body(String.class))
					.withMessage("Provider 'sunor' answered HTTP 429 Too Many Requests: Too many requests")
					.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(429));
			});
	}

	@Test
	void providerCustomizerReachesOnlyTheProviderItNames() {
		provider.stubFor(get("/api/v1/ping").willReturn(ok()));
		ProviderRestClientCustomizer customizer = (name, builder) -> {
			if (name.equals("sunor")) {
				builder.defaultHeader("X-Only-Sunor", "yes");
			}
		};
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + baseUrl(),
					"providers.whisul.api-key=" + KEY, "providers.whisul.base-url=" + baseUrl())
			.withBean(ProviderRestClientCustomizer.class, () -> customizer)
			.run((context) -> {
				context.getBean("sunorRestClient", RestClient.class).get().uri("/ping").retrieve().toBodilessEntity();
				context.getBean("whisulRestClient", RestClient.class).get().uri("/ping").retrieve().toBodilessEntity();
				provider.verify(1, getRequestedFor(urlEqualTo("/api/v1/ping")).withHeader("X-Only-Sunor",
						equalTo("yes")));
				provider.verify(2, getRequestedFor(urlEqualTo("/api/v1/ping")));
			});
	}

	@Test
	void providerCustomizerOfANameReachesOnlyThatProvider() {
		provider.stubFor(get("/api/v1/ping").willReturn(ok()));
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + baseUrl(),
					"providers.whisul.api-key=" + KEY, "providers.whisul.base-url=" + baseUrl())
			.withBean(ProviderRestClientCustomizer.class,
					() -> ProviderRestClientCustomizer.of("sunor", (builder) -> builder.defaultHeader("X-Only-Sunor", "yes")))
			.run((context) -> {
				context.getBean("sunorRestClient", RestClient.class).get().uri("/ping").retrieve().toBodilessEntity();
				context.getBean("whisulRestClient", RestClient.class).get().uri("/ping").retrieve().toBodilessEntity();
				provider.verify(1, getRequestedFor(urlEqualTo("/api/v1/ping")).withHeader("X-Only-Sunor",
						equalTo("yes")));
				provider.verify(2, getRequestedFor(urlEqualTo("/api/v1/ping")));
			});
	}

	@Test
	void clientIsBuiltFromSpringBootsRestClientBuilder() {
		provider.stubFor(get("/api/v1/ping").willReturn(ok()));
		RestClientCustomizer global = (builder) -> builder.defaultHeader("X-From-Boot", "1");
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + baseUrl())
			.withBean(RestClientCustomizer.class, () -> global)
			.run((context) -> {
				context.getBean("sunorRestClient", RestClient.class).get().uri("/ping").retrieve().toBodilessEntity();
				provider.verify(getRequestedFor(urlEqualTo("/api/v1/ping")).withHeader("X-From-Boot",
						equalTo("1")));
			});
	}

	@Test
	void providerReadTimeoutIsApplied() {
		provider.stubFor(get("/api/v1/slow").willReturn(okJson("{}").withFixedDelay(3000)));
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + baseUrl(),
					"providers.sunor.read-timeout=200ms")
			.run((context) -> assertThatExceptionOfType(ResourceAccessException.class)
				.isThrownBy(() -> context.getBean("sunorRestClient", RestClient.class)
					.get()
					.uri("/slow")
					.retrieve()
					.body(String.class))
				.withRootCauseInstanceOf(java.net.http.HttpTimeoutException.class));
	}

	private void assertHeaderOnTheWire(String name, String key, String header, String value) {
		provider.stubFor(get("/api/v1/ping").willReturn(ok()));
		this.runner
			.withPropertyValues("providers." + name + ".api-key=" + key, "providers." + name + ".base-url=" + baseUrl())
			.run((context) -> {
				context.getBean(name + "RestClient", RestClient.class).get().uri("/ping").retrieve().toBodilessEntity();
				provider.verify(getRequestedFor(urlEqualTo("/api/v1/ping"))
					.withHeader(header, equalTo(value))
					.withoutHeader("Authorization"));
			});
	}

}
