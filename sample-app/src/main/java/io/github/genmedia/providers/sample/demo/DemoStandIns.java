package io.github.genmedia.providers.sample.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Local stand-ins for the five providers and Suno's Clerk, on one loopback WireMock
 * server, each answering only requests that carry the credential the way the real
 * provider wants it (anything else gets the provider's 401). The demo therefore shows
 * the starter's real authentication, offline.
 */
final class DemoStandIns {

	static final String SUNOR_KEY = "demo-sunor-key";

	static final String SUPERTONE_KEY = "demo-supertone-key";

	static final String WHISUL_KEY = "demo-whisul-key";

	static final String AUTYPE_KEY = "ak_demo-autype-key";

	static final String SUNO_COOKIE = "__client=demo-client-token; ajs_anonymous_id=demo-device";

	/** Short, so that the refresh is visible within seconds. */
	static final Duration JWT_LIFETIME = Duration.ofSeconds(10);

	private final WireMockServer server = new WireMockServer(
			wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(new DemoJwtTransformer(JWT_LIFETIME)));

	void start() {
		this.server.start();
		stubProviders();
		stubSuno();
	}

	void stop() {
		this.server.stop();
	}

	/**
	 * Return the properties that point every provider at its stand-in.
	 * @return the properties
	 */
	Map<String, Object> properties() {
		String base = this.server.baseUrl();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("providers.sunor.base-url", base + "/sunor/api/v1");
		properties.put("providers.sunor.api-key", SUNOR_KEY);
		properties.put("providers.supertone.base-url", base + "/supertone");
		properties.put("providers.supertone.api-key", SUPERTONE_KEY);
		properties.put("providers.supertone.health.probe-path", "/v1/voices");
		properties.put("providers.whisul.base-url", base + "/whisul/api");
		properties.put("providers.whisul.api-key", WHISUL_KEY);
		properties.put("providers.whisul.health.probe-path", "/credits");
		properties.put("providers.autype.base-url", base + "/autype/api/v1/dev");
		properties.put("providers.autype.api-key", AUTYPE_KEY);
		properties.put("providers.autype.health.probe-path", "/documents");
		properties.put("providers.suno.base-url", base + "/suno");
		properties.put("providers.suno.cookie", SUNO_COOKIE);
		properties.put("providers.suno.clerk.base-url", base + "/clerk");
		properties.put("providers.suno.token.refresh-before-expiry", "5s");
		properties.put("providers.suno.health.probe-path", "/api/billing/info/");
		return properties;
	}

	private void stubProviders() {
		authorized(() -> get(urlPathEqualTo("/sunor/api/v1/account/balance")), "x-api-key", SUNOR_KEY,
				"{\"code\":200,\"data\":{\"balance\":42}}", "{\"code\":401,\"message\":\"Invalid API key\"}");
		authorized(() -> get(urlPathEqualTo("/supertone/v1/voices")), "x-sup-api-key", SUPERTONE_KEY,
				"{\"items\":[{\"voice_id\":\"demo-voice\",\"name\":\"Demo\"}],\"total\":1}",
				"{\"message\":\"Invalid API key\"}");
		authorized(() -> get(urlPathEqualTo("/whisul/api/credits")), "Authorization", "Bearer " + WHISUL_KEY,
				"{\"credits\":1000}", "{\"error\":\"unauthorized\"}");
		authorized(() -> get(urlPathEqualTo("/autype/api/v1/dev/documents")), "X-API-Key", AUTYPE_KEY,
				"{\"documents\":[],\"total\":0}", "{\"message\":\"Invalid API key\"}");
	}

	private void stubSuno() {
		this.server.stubFor(get(urlPathEqualTo("/clerk/v1/client")).withHeader("Authorization", equalTo("demo-client-token"))
			.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"sess_demo\"}}")));
		this.server.stubFor(post(urlPathEqualTo("/clerk/v1/client/sessions/sess_demo/tokens"))
			.withHeader("Authorization", equalTo("demo-client-token"))
			.willReturn(okJson("{}").withTransformers(DemoJwtTransformer.NAME)));
		authorized(() -> get(urlPathMatching("/suno/api/billing/info/?")), "Authorization", null,
				"{\"total_credits_left\":50,\"period\":\"demo\"}", "{\"detail\":\"Unauthorized\"}");
	}

	/**
	 * Stub an endpoint that answers {@code body} with the right credential and 401
	 * otherwise; a {@code null} value accepts any bearer token (Suno's JWTs change).
	 */
	private void authorized(Supplier<MappingBuilder> request, String header, String value, String body,
			String unauthorized) {
		this.server.stubFor(request.get().atPriority(1)
			.withHeader(header, (value != null) ? equalTo(value) : matching("Bearer .+"))
			.willReturn(okJson(body)));
		this.server.stubFor(request.get().atPriority(2)
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
	}

}
