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

	/** The one job the Whisul stand-in knows. */
	static final String WHISUL_JOB = "demo-job";

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
		properties.put("providers.whisul.base-url", base + "/whisul/api");
		properties.put("providers.whisul.api-key", WHISUL_KEY);
		properties.put("providers.autype.base-url", base + "/autype/api/v1/dev");
		properties.put("providers.autype.api-key", AUTYPE_KEY);
		properties.put("providers.suno.base-url", base + "/suno");
		properties.put("providers.suno.cookie", SUNO_COOKIE);
		properties.put("providers.suno.clerk.base-url", base + "/clerk");
		properties.put("providers.suno.token.refresh-before-expiry", "5s");
		properties.put("providers.suno.health.probe-path", "/api/billing/info/");
		properties.put("sample.whisul.job-id", WHISUL_JOB);
		return properties;
	}

	/** The shapes each provider's docs give. */
	private void stubProviders() {
		authorized(() -> get(urlPathEqualTo("/sunor/api/v1/account/balance")), "x-api-key", SUNOR_KEY,
				"{\"code\":200,\"data\":{\"available\":950,\"frozen\":10,\"total\":960}}",
				"{\"code\":401,\"message\":\"Invalid API key\"}");
		authorized(() -> get(urlPathEqualTo("/supertone/v1/credits")), "x-sup-api-key", SUPERTONE_KEY,
				"{\"balance\":1200}", "{\"status\":\"error\",\"message\":{\"statusCode\":401,"
						+ "\"message\":[\"Invalid API key\"],\"error\":\"Unauthorized\"}}");
		authorized(() -> get(urlPathEqualTo("/whisul/api/jobs/" + WHISUL_JOB)), "Authorization",
				"Bearer " + WHISUL_KEY, """
						{"status":"completed","prompt":"a trap song","result":{"title":"Midnight Grid","bpm":140,
						 "duration":"2:47","song_url":"https://cdn.whisul.com/audio/demo.mp3",
						 "image_url":"https://cdn.whisul.com/covers/demo.jpg","tags":"trap, dark, 808s"},
						 "error":null,"started_at":"2026-02-17 15:39:34","finished_at":"2026-02-17 15:41:58"}""",
				"{\"error\":\"Unauthorized\",\"message\":\"Invalid API key.\"}");
		authorized(() -> get(urlPathEqualTo("/autype/api/v1/dev/api-key/info")), "X-API-Key", AUTYPE_KEY,
				"{\"orgId\":\"org-demo\",\"orgName\":\"Demo\",\"creditsAvailable\":1250,"
						+ "\"createdByUserId\":\"user-demo\"}",
				"{\"statusCode\":401,\"message\":\"Invalid or expired API key\",\"error\":\"Unauthorized\"}");
	}

	private void stubSuno() {
		this.server.stubFor(get(urlPathEqualTo("/clerk/v1/client")).withHeader("Authorization", equalTo("demo-client-token"))
			.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"sess_demo\"}}")));
		this.server.stubFor(post(urlPathEqualTo("/clerk/v1/client/sessions/sess_demo/tokens"))
			.withHeader("Authorization", equalTo("demo-client-token"))
			.willReturn(okJson("{}").withTransformers(DemoJwtTransformer.NAME)));
		authorized(() -> get(urlPathMatching("/suno/api/billing/info/?")), "Authorization", null,
				"{\"total_credits_left\":50,\"period\":null,\"monthly_limit\":50,\"monthly_usage\":0}",
				"{\"detail\":\"Unauthorized\"}");
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
