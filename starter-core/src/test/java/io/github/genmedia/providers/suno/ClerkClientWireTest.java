package io.github.genmedia.providers.suno;

import java.net.URI;
import java.time.Instant;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The two Clerk calls exactly as they go on the wire, and how their failures read.
 */
class ClerkClientWireTest {

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String CLIENT = "eyJjbGllbnQiOiJjbGllbnRfMSJ9.c2lnbmVkLWNsaWVudA.c2ln";

	private static final String SESSION = "sess_2xYzAbCdEfGh";

	private static final SunoCookie COOKIE = SunoCookie.parse("__session=x; __client=" + CLIENT);

	private static final String QUERY = "?__clerk_api_version=2025-11-10&_clerk_js_version=5.117.0";

	private final ClerkClient client = ClerkStubs.client(clerk);

	@Test
	void sessionLookupSendsTheRawClientValueAndTheVersions() {
		ClerkStubs.session(clerk, CLIENT, SESSION);

		assertThat(this.client.fetchSessionId(COOKIE)).isEqualTo(SESSION);

		clerk.verify(1, getRequestedFor(urlEqualTo("/v1/client" + QUERY))
			.withHeader("Authorization", equalTo(CLIENT))
			.withoutHeader("Cookie"));
	}

	@Test
	void tokenRequestPostsAnEmptyObjectForTheSession() {
		String jwt = TestJwts.expiringAt(Instant.ofEpochSecond(1_900_000_000L));
		ClerkStubs.token(clerk, SESSION, jwt);

		SunoJwt token = this.client.fetchToken(COOKIE, SESSION);

		assertThat(token.reveal()).isEqualTo(jwt);
		assertThat(token.expiresAt()).contains(Instant.ofEpochSecond(1_900_000_000L));
		clerk.verify(1, postRequestedFor(urlEqualTo("/v1/client/sessions/" + SESSION + "/tokens" + QUERY))
			.withHeader("Authorization", equalTo(CLIENT))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{}"))
			.withoutHeader("Cookie"));
	}

	@Test
	void configuredVersionsAndABaseUrlWithAPathAreUsed() {
		ClerkClient proxied = new ClerkClient(ClerkStubs.restClient(),
				new ClerkSettings(URI.create(clerk.baseUrl() + "/clerk"), "2030-01-01", "9.9.9"));
		clerk.stubFor(get(urlPathEqualTo("/clerk/v1/client"))
			.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"sess_9\"}}")));

		assertThat(proxied.fetchSessionId(COOKIE)).isEqualTo("sess_9");

		clerk.verify(1, getRequestedFor(
				urlEqualTo("/clerk/v1/client?__clerk_api_version=2030-01-01&_clerk_js_version=9.9.9")));
	}

	@Test
	void signedOutClientHasNoSessionId() {
		clerk.stubFor(get(urlPathEqualTo("/v1/client"))
			.willReturn(okJson("{\"response\":{\"object\":\"client\",\"last_active_session_id\":null},\"client\":null}")));

		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> this.client.fetchSessionId(COOKIE))
			.withMessage("Failed to get session id: the cookie's sign-in has no active session")
			.isInstanceOfSatisfying(ClerkException.class, (ex) -> {
				assertThat(ex.isTransient()).isFalse();
				assertThat(ex.getFailure()).isEqualTo(SunoTokenFailure.COOKIE_REJECTED);
			});
	}

	@Test
	void responseWithoutClientHasNoSessionIdEither() {
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).willReturn(okJson("{\"response\":null}")));

		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> this.client.fetchSessionId(COOKIE))
			.withMessage(ClerkClient.NO_SESSION_MESSAGE);
	}

	@Test
	void tokenAnswerWithoutJwtIsATransientError() {
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))).willReturn(okJson("{\"object\":\"token\"}")));

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.client.fetchToken(COOKIE, SESSION))
			.withMessage("Clerk answered the token request without a jwt")
			.satisfies((ex) -> assertThat(ex.isTransient()).isTrue());
	}

	@Test
	void jwtThatCannotGoIntoAHeaderIsAnError() {
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(okJson("{\"jwt\":\"abc\\r\\nX-Injected: 1\"}")));

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.client.fetchToken(COOKIE, SESSION))
			.withMessageStartingWith("Clerk answered the token request with an unusable jwt");
	}

	@Test
	void serverErrorsAreTransientAndNameNoSecret() {
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(aResponse().withStatus(503).withBody("{\"errors\":[{\"message\":\"" + SESSION + "\"}]}")));

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.client.fetchToken(COOKIE, SESSION))
			.withMessage("Clerk answered the token request with HTTP 503 Service Unavailable")
			.satisfies((ex) -> {
				assertThat(ex.isTransient()).isTrue();
				assertThat(ex.getStatusCode()).isEqualTo(503);
			});
	}

	@Test
	void rejectedSessionIsNotTransient() {
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))).willReturn(aResponse().withStatus(404)));

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.client.fetchToken(COOKIE, SESSION))
			.withMessage("Clerk answered the token request with HTTP 404 Not Found")
			.satisfies((ex) -> {
				assertThat(ex.getFailure()).isEqualTo(SunoTokenFailure.COOKIE_REJECTED);
				assertThat(ex.isTransient()).isFalse();
				assertThat(ex.rejectsSession()).isTrue();
			});
	}

	@Test
	void rejectedCookieIsACookieRejection() {
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).willReturn(aResponse().withStatus(401)));

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.client.fetchSessionId(COOKIE))
			.withMessage("Clerk answered the session lookup with HTTP 401 Unauthorized")
			.satisfies((ex) -> assertThat(ex.getFailure()).isEqualTo(SunoTokenFailure.COOKIE_REJECTED));
	}

	@Test
	void malformedJsonIsTransient() {
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"jwt\": \"" + CLIENT)));

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.client.fetchToken(COOKIE, SESSION))
			.withMessage("Clerk's answer to the token request could not be read as JSON")
			.satisfies((ex) -> assertThat(ex.isTransient()).isTrue());
	}

	@Test
	void htmlInsteadOfJsonIsTransient() {
		clerk.stubFor(get(urlPathEqualTo("/v1/client"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>")));

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.client.fetchSessionId(COOKIE))
			.withMessage("Clerk's answer to the session lookup could not be read as JSON");
	}

	@Test
	void brokenConnectionIsTransientAndKeepsTheSessionIdOutOfTheMessage() {
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(ClerkException.class).isThrownBy(() -> this.client.fetchToken(COOKIE, SESSION))
			.withMessageStartingWith("Clerk did not answer the token request (")
			.satisfies((ex) -> {
				assertThat(ex.isTransient()).isTrue();
				assertThat(ex.getStatusCode()).isZero();
				assertThat(ex.getMessage()).doesNotContain(SESSION).doesNotContain(CLIENT);
				assertThat(String.valueOf(ex.getCause())).doesNotContain(SESSION).doesNotContain(CLIENT);
			});
	}

}
