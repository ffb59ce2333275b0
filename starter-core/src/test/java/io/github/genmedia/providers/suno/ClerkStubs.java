package io.github.genmedia.providers.suno;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Clerk's two endpoints on WireMock, and a {@link ClerkClient} pointed at them.
 */
final class ClerkStubs {

	static final String TOKENS_PATH = "/v1/client/sessions/%s/tokens";

	private ClerkStubs() {
	}

	static void session(WireMockExtension clerk, String client, String sessionId) {
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).withHeader("Authorization", equalTo(client))
			.willReturn(okJson("{\"response\":{\"object\":\"client\",\"id\":\"client_1\",\"sessions\":[],"
					+ "\"last_active_session_id\":\"" + sessionId + "\"},\"client\":null}")));
	}

	static void token(WireMockExtension clerk, String sessionId, String jwt) {
		clerk.stubFor(post(urlPathEqualTo(tokensPath(sessionId)))
			.willReturn(okJson("{\"object\":\"token\",\"jwt\":\"" + jwt + "\"}")));
	}

	static String tokensPath(String sessionId) {
		return TOKENS_PATH.formatted(sessionId);
	}

	static ClerkClient client(WireMockExtension clerk) {
		return new ClerkClient(restClient(), ClerkSettings.of(URI.create(clerk.baseUrl())));
	}

	/**
	 * A client whose timeouts never decide a test: the stubs answer at once, and a 2 s read
	 * timeout on a loaded machine once turned a slow answer into a retried, third call.
	 */
	static RestClient restClient() {
		HttpClient httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(Duration.ofSeconds(30));
		return RestClient.builder().requestFactory(factory).build();
	}

	/** Short backoff, so that retried failures cost milliseconds. */
	static ClerkRetry fastRetry() {
		return new ClerkRetry(3, Duration.ofMillis(20), Duration.ofMillis(50));
	}

}
