package io.github.genmedia.providers.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.genmedia.providers.auth.ApiKeyInterceptor;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.RequestCredential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.ratelimit.RateLimitObserver;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.retry.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What a provider client puts on the wire: the credential in the provider's header, and
 * only for requests and redirect hops that go to the provider's own origin.
 */
class ProviderPipelineWireTest {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** Another port on the same host: another origin. */
	@RegisterExtension
	static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	enum Style {

		SUNOR("sunor", ProviderAuth.header("x-api-key", null), "sunor-key-7d1e", "x-api-key", "sunor-key-7d1e"),

		SUPERTONE("supertone", ProviderAuth.header("x-sup-api-key", null), "sup-key-93bb", "x-sup-api-key",
				"sup-key-93bb"),

		WHISUL("whisul", ProviderAuth.bearer(null), "whisul-key-0c4f", "Authorization", "Bearer whisul-key-0c4f"),

		AUTYPE("autype", ProviderAuth.header("X-API-Key", "ak_"), "ak_autype_55e2", "X-API-Key", "ak_autype_55e2");

		final String name;

		final ProviderAuth auth;

		final String key;

		final String header;

		final String value;

		Style(String name, ProviderAuth auth, String key, String header, String value) {
			this.name = name;
			this.auth = auth;
			this.key = key;
			this.header = header;
			this.value = value;
		}

		ProviderDefinition definition() {
			return ProviderPipelineWireTest.definition(this.name, this.auth, Credential.of(this.key), Map.of());
		}

	}

	@ParameterizedTest
	@EnumSource(Style.class)
	void sendsTheKeyInTheProviderHeader(Style style) {
		provider.stubFor(get("/v1/status").willReturn(ok("up")));

		String body = client(style.definition()).get().uri("/v1/status").retrieve().body(String.class);

		assertThat(body).isEqualTo("up");
		provider.verify(1, getRequestedFor(urlEqualTo("/v1/status")).withHeader(style.header, equalTo(style.value)));
		assertThat(onlyRequest(provider).header(style.header).values()).containsExactly(style.value);
	}

	@ParameterizedTest
	@EnumSource(value = Style.class, names = { "SUNOR", "SUPERTONE", "AUTYPE" })
	void headerKeyProvidersSendNoAuthorizationHeader(Style style) {
		provider.stubFor(get("/v1/status").willReturn(ok()));

		client(style.definition()).get().uri("/v1/status").retrieve().toBodilessEntity();

		provider.verify(1, getRequestedFor(urlEqualTo("/v1/status")).withHeader(style.header, equalTo(style.key))
			.withoutHeader(HttpHeaders.AUTHORIZATION));
	}

	@Test
	void bearerProviderSendsNoApiKeyHeader() {
		provider.stubFor(get("/v1/status").willReturn(ok()));

		client(Style.WHISUL.definition()).get().uri("/v1/status").retrieve().toBodilessEntity();

		provider.verify(1, getRequestedFor(urlEqualTo("/v1/status"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer whisul-key-0c4f"))
			.withoutHeader("x-api-key")
			.withoutHeader("X-API-Key"));
	}

	@Test
	void authTypeNoneSendsNoCredential() {
		provider.stubFor(get("/v1/public").willReturn(ok()));
		ProviderDefinition definition = definition("public", ProviderAuth.none(), null, Map.of());

		client(definition).get().uri("/v1/public").retrieve().toBodilessEntity();

		provider.verify(1, getRequestedFor(urlEqualTo("/v1/public")).withoutHeader(HttpHeaders.AUTHORIZATION)
			.withoutHeader("x-api-key"));
		assertThat(ProviderPipeline.builder(definition).build().stage(PipelineStage.AUTHENTICATION)).isNull();
	}

	@Test
	void sendsDefaultHeadersWithEveryRequest() {
		provider.stubFor(get("/v1/status").willReturn(ok()));
		ProviderDefinition definition = definition("sunor", ProviderAuth.header("x-api-key", null),
				Credential.of("sunor-key-7d1e"), Map.of("X-Client", "genmedia/0.1", "Accept-Language", "de"));
		RestClient client = client(definition);

		client.get().uri("/v1/status").retrieve().toBodilessEntity();
		client.get().uri("/v1/status").retrieve().toBodilessEntity();

		provider.verify(2, getRequestedFor(urlEqualTo("/v1/status")).withHeader("X-Client", equalTo("genmedia/0.1"))
			.withHeader("Accept-Language", equalTo("de"))
			.withHeader("x-api-key", equalTo("sunor-key-7d1e")));
	}

	@ParameterizedTest
	@EnumSource(Style.class)
	void absoluteUrlToAnotherOriginCarriesNoCredential(Style style) {
		other.stubFor(get("/collect").willReturn(ok("collected")));

		String body = client(style.definition()).get().uri(other.url("/collect")).retrieve().body(String.class);

		assertThat(body).isEqualTo("collected");
		other.verify(1, getRequestedFor(urlEqualTo("/collect")).withoutHeader(style.header)
			.withoutHeader(HttpHeaders.AUTHORIZATION));
		assertThat(provider.getAllServeEvents()).isEmpty();
	}

	@Test
	void absoluteUrlToAnotherOriginPassesEveryOriginBoundStageBy() {
		other.stubFor(get("/collect").willReturn(ok("collected")));
		ProviderDefinition definition = definition("autype", ProviderAuth.header("X-API-Key", "ak_"),
				Credential.of("ak_autype_55e2"), Map.of("X-Team", "team-4411"))
			.withRateLimit(RateLimitSettings.of(60, Duration.ofMinutes(1)));
		AtomicInteger permits = new AtomicInteger();
		RestClient client = ProviderPipeline.builder(definition).rateLimitObserver(new RateLimitObserver() {

			@Override
			public void permitted(String provider, Duration waited) {
				permits.incrementAndGet();
			}

			@Override
			public void refused(String provider) {
			}

		}).build().applyTo(RestClient.builder()).build();

		// A tenant's key the provider's origin would refuse: elsewhere, no stage looks at it.
		String body = client.get()
			.uri(other.url("/collect"))
			.attribute(RequestCredential.TENANT_ATTRIBUTE, "not-an-autype-key")
			.retrieve()
			.body(String.class);

		assertThat(body).isEqualTo("collected");
		other.verify(1, getRequestedFor(urlEqualTo("/collect")).withoutHeader("X-API-Key")
			.withoutHeader("X-Team")
			.withoutHeader(HttpHeaders.AUTHORIZATION));
		assertThat(permits).hasValue(0);
		assertThat(provider.getAllServeEvents()).isEmpty();
	}

	@Test
	void sameServerUnderAnotherHostNameIsAnotherOrigin() {
		provider.stubFor(get("/v1/status").willReturn(ok()));
		String viaIp = "http://127.0.0.1:" + provider.getPort() + "/v1/status";

		client(Style.SUNOR.definition()).get().uri(viaIp).retrieve().toBodilessEntity();

		provider.verify(1, getRequestedFor(urlEqualTo("/v1/status")).withoutHeader("x-api-key"));
	}

	@ParameterizedTest
	@EnumSource(Style.class)
	void crossOriginRedirectDropsTheCredential(Style style) {
		provider.stubFor(get("/v1/songs/1/audio")
			.willReturn(aResponse().withStatus(302).withHeader(HttpHeaders.LOCATION, other.url("/cdn/1.mp3"))));
		other.stubFor(get("/cdn/1.mp3").willReturn(ok("mp3-bytes")));

		String body = client(style.definition()).get().uri("/v1/songs/1/audio").retrieve().body(String.class);

		assertThat(body).isEqualTo("mp3-bytes");
		provider.verify(1,
				getRequestedFor(urlEqualTo("/v1/songs/1/audio")).withHeader(style.header, equalTo(style.value)));
		other.verify(1, getRequestedFor(urlEqualTo("/cdn/1.mp3")).withoutHeader(style.header)
			.withoutHeader(HttpHeaders.AUTHORIZATION));
	}

	@ParameterizedTest
	@EnumSource(Style.class)
	void sameOriginRedirectKeepsTheCredential(Style style) {
		provider.stubFor(get("/v1/old")
			.willReturn(aResponse().withStatus(302).withHeader(HttpHeaders.LOCATION, "/v2/new")));
		provider.stubFor(get("/v2/new").willReturn(ok("moved")));

		String body = client(style.definition()).get().uri("/v1/old").retrieve().body(String.class);

		assertThat(body).isEqualTo("moved");
		provider.verify(1, getRequestedFor(urlEqualTo("/v2/new")).withHeader(style.header, equalTo(style.value)));
	}

	@Test
	void see303AfterPostBecomesGetWithoutBody() {
		provider.stubFor(post("/v1/jobs")
			.willReturn(aResponse().withStatus(303).withHeader(HttpHeaders.LOCATION, "/v1/jobs/42")));
		provider.stubFor(get("/v1/jobs/42").willReturn(ok("{\"id\":42}")));

		String body = client(Style.SUNOR.definition()).post()
			.uri("/v1/jobs")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"prompt\":\"jazz\"}")
			.retrieve()
			.body(String.class);

		assertThat(body).isEqualTo("{\"id\":42}");
		List<LoggedRequest> hops = provider.findAll(anyRequestedFor(urlEqualTo("/v1/jobs/42")));
		assertThat(hops).singleElement().satisfies((hop) -> {
			assertThat(hop.getMethod().getName()).isEqualTo("GET");
			assertThat(hop.getBodyAsString()).isEmpty();
			assertThat(hop.containsHeader(HttpHeaders.CONTENT_TYPE)).isFalse();
			assertThat(hop.getHeader("x-api-key")).isEqualTo("sunor-key-7d1e");
		});
	}

	@Test
	void redirect302AfterPostBecomesGet() {
		provider.stubFor(post("/v1/jobs")
			.willReturn(aResponse().withStatus(302).withHeader(HttpHeaders.LOCATION, "/v1/jobs/42")));
		provider.stubFor(get("/v1/jobs/42").willReturn(ok("done")));

		String body = client(Style.SUNOR.definition()).post()
			.uri("/v1/jobs")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"prompt\":\"jazz\"}")
			.retrieve()
			.body(String.class);

		assertThat(body).isEqualTo("done");
		assertThat(provider.findAll(anyRequestedFor(urlEqualTo("/v1/jobs/42")))).singleElement()
			.satisfies((hop) -> assertThat(hop.getMethod().getName()).isEqualTo("GET"));
	}

	@Test
	void temporaryRedirect307KeepsPostAndBody() {
		provider.stubFor(post("/v1/upload")
			.willReturn(aResponse().withStatus(307).withHeader(HttpHeaders.LOCATION, "/v2/upload")));
		provider.stubFor(post("/v2/upload").willReturn(ok("stored")));

		String body = client(Style.SUNOR.definition()).post()
			.uri("/v1/upload")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"prompt\":\"jazz\"}")
			.retrieve()
			.body(String.class);

		assertThat(body).isEqualTo("stored");
		provider.verify(1, postRequestedFor(urlEqualTo("/v2/upload"))
			.withHeader(HttpHeaders.CONTENT_TYPE, equalTo("application/json"))
			.withHeader("x-api-key", equalTo("sunor-key-7d1e"))
			.withRequestBody(equalToJson("{\"prompt\":\"jazz\"}")));
		provider.verify(0, getRequestedFor(urlEqualTo("/v2/upload")));
	}

	@Test
	void anApplicationInterceptorRunsOnceAndItsHeadersAreTheCallersOwn() {
		provider.stubFor(get("/v1/export")
			.willReturn(aResponse().withStatus(302).withHeader(HttpHeaders.LOCATION, other.url("/files/export.zip"))));
		other.stubFor(get("/files/export.zip").willReturn(ok("zip")));
		AtomicInteger calls = new AtomicInteger();
		ClientHttpRequestInterceptor signsFirstCallOnly = (request, body, execution) -> {
			if (calls.getAndIncrement() == 0) {
				request.getHeaders().set("X-Signature", "sig-hop-1");
			}
			return execution.execute(request, body);
		};
		RestClient client = client(Style.SUNOR.definition(),
				(builder) -> builder.requestInterceptor(signsFirstCallOnly));

		String body = client.get().uri("/v1/export").retrieve().body(String.class);

		assertThat(body).isEqualTo("zip");
		// Once per call, before the stages: like a header the caller set, it follows the
		// redirect; the credential does not (provider-only headers: default-headers).
		assertThat(calls).hasValue(1);
		provider.verify(1, getRequestedFor(urlEqualTo("/v1/export")).withHeader("X-Signature", equalTo("sig-hop-1")));
		other.verify(1, getRequestedFor(urlEqualTo("/files/export.zip")).withHeader("X-Signature", equalTo("sig-hop-1"))
			.withoutHeader("x-api-key"));
	}

	@Test
	void crossOriginRedirectDropsCallerAuthorizationAndCookieButKeepsOtherCallerHeaders() {
		provider.stubFor(get("/v1/report")
			.willReturn(aResponse().withStatus(302).withHeader(HttpHeaders.LOCATION, other.url("/report"))));
		other.stubFor(get("/report").willReturn(ok()));
		ProviderDefinition definition = definition("public", ProviderAuth.none(), null, Map.of());

		client(definition).get()
			.uri("/v1/report")
			.header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz")
			.header(HttpHeaders.COOKIE, "session=abc")
			.header("X-Request-Id", "req-17")
			.retrieve()
			.toBodilessEntity();

		provider.verify(1, getRequestedFor(urlEqualTo("/v1/report"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Basic dXNlcjpwYXNz"))
			.withHeader(HttpHeaders.COOKIE, equalTo("session=abc")));
		other.verify(1, getRequestedFor(urlEqualTo("/report")).withoutHeader(HttpHeaders.AUTHORIZATION)
			.withoutHeader(HttpHeaders.COOKIE)
			.withHeader("X-Request-Id", equalTo("req-17")));
	}

	@Test
	void stopsFollowingAfterFiveRedirectsAndReturnsTheRedirect() {
		provider.stubFor(get("/v1/loop")
			.willReturn(aResponse().withStatus(302).withHeader(HttpHeaders.LOCATION, "/v1/loop")));

		ResponseEntity<Void> response = client(Style.SUNOR.definition()).get()
			.uri("/v1/loop")
			.retrieve()
			.toBodilessEntity();

		assertThat(response.getStatusCode().value()).isEqualTo(302);
		provider.verify(6, getRequestedFor(urlEqualTo("/v1/loop")));
	}

	private static LoggedRequest onlyRequest(WireMockExtension server) {
		List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private static ProviderDefinition definition(String name, ProviderAuth auth, Credential credential,
			Map<String, String> defaultHeaders) {
		return new ProviderDefinition(name, URI.create(provider.baseUrl()), auth, credential, null, null,
				defaultHeaders, RetrySettings.defaults().withEnabled(false));
	}

	private static RestClient client(ProviderDefinition definition) {
		return client(definition, (builder) -> {
		});
	}

	private static RestClient client(ProviderDefinition definition, Consumer<RestClient.Builder> customizer) {
		HttpClient httpClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		RestClient.Builder builder = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(httpClient));
		customizer.accept(builder);
		return ProviderPipeline.builder(definition).build().applyTo(builder).build();
	}

}
