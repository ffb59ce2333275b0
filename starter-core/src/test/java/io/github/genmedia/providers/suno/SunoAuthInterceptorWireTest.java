package io.github.genmedia.providers.suno;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.genmedia.providers.auth.ProviderOrigin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a request through the Suno client carries to Suno's API: the account's JWT and
 * device id, never the cookie; and how it recovers from one rejected token.
 */
class SunoAuthInterceptorWireTest {

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(40))
		.build();

	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(40))
		.build();

	private static final String CLIENT_A = "client-value-of-account-a";

	private static final String CLIENT_B = "client-value-of-account-b";

	private static final String COOKIE_A = "__client=" + CLIENT_A + "; ajs_anonymous_id=device-a";

	private static final String JWT_A = TestJwts.expiringAt(Instant.now().plusSeconds(3600), "user_a");

	private static final String JWT_B = TestJwts.expiringAt(Instant.now().plusSeconds(3600), "user_b");

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ThreadPoolTaskScheduler scheduler = SunoSchedulerFactory.create(2);

	private SunoTokenProvider provider;

	private RestClient client;

	@BeforeEach
	void accounts() {
		ClerkStubs.session(clerk, CLIENT_A, "sess_a");
		ClerkStubs.token(clerk, "sess_a", JWT_A);
		ClerkStubs.session(clerk, CLIENT_B, "sess_b");
		ClerkStubs.token(clerk, "sess_b", JWT_B);
		api.stubFor(any(anyUrl()).willReturn(okJson("{\"clips\":[]}")));
		this.provider = SunoTokenProvider.builder(ClerkStubs.client(clerk), this.scheduler)
			.defaultCookie(SunoCookie.parse(COOKIE_A))
			.retry(ClerkStubs.fastRetry())
			.build();
		this.provider.start();
		this.client = client(WAIT);
	}

	@AfterEach
	void stop() {
		this.provider.stop();
		this.scheduler.shutdown();
	}

	@Test
	void sendsBearerAndDeviceIdButNoCookie() {
		String body = this.client.get().uri("/api/feed/v2?page=0").retrieve().body(String.class);

		assertThat(body).isEqualTo("{\"clips\":[]}");
		api.verify(1, getRequestedFor(urlEqualTo("/api/feed/v2?page=0"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + JWT_A))
			.withHeader(SunoAuthInterceptor.DEVICE_ID_HEADER, equalTo("\"device-a\""))
			.withoutHeader(HttpHeaders.COOKIE));
		assertNoHeaderContains(CLIENT_A);
	}

	@Test
	void perRequestCookieAuthenticatesAsThatAccountAndIsRemoved() {
		this.client.get()
			.uri("/api/feed/v2")
			.header(HttpHeaders.COOKIE, "__session=session-of-b; __client=" + CLIENT_B)
			.retrieve()
			.toBodilessEntity();

		String deviceB = this.provider.forCookie("__client=" + CLIENT_B).deviceId();
		api.verify(1, getRequestedFor(urlEqualTo("/api/feed/v2"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + JWT_B))
			.withHeader(SunoAuthInterceptor.DEVICE_ID_HEADER, equalTo("\"" + deviceB + "\""))
			.withoutHeader(HttpHeaders.COOKIE));
		clerk.verify(1, getRequestedFor(urlPathEqualTo("/v1/client")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo(CLIENT_B)));
		assertNoHeaderContains(CLIENT_B);
		assertNoHeaderContains("session-of-b");
	}

	@Test
	void cookieWithoutClientIsRemovedAndTheConfiguredAccountUsed() {
		this.client.get()
			.uri("/api/feed/v2")
			.header(HttpHeaders.COOKIE, "__session=someone-elses-token; __client_uat=1766669345")
			.retrieve()
			.toBodilessEntity();

		api.verify(1, getRequestedFor(urlEqualTo("/api/feed/v2"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + JWT_A))
			.withoutHeader(HttpHeaders.COOKIE));
		assertThat(this.provider.cachedAccounts()).isZero();
	}

	@Test
	void unusablePerRequestCookieFailsBeforeAnythingIsSent() {
		assertThatExceptionOfType(InvalidSunoCookieException.class).isThrownBy(() -> this.client.get()
			.uri("/api/feed/v2")
			.header(HttpHeaders.COOKIE, "__client=; __session=x")
			.retrieve()
			.toBodilessEntity()).withMessageStartingWith("The Suno cookie has an empty __client value.");

		assertThat(api.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void requestsToOtherOriginsGetNoTokenAndNeverTheSignInCookie() {
		clerk.stubFor(get("/elsewhere").willReturn(ok()));

		this.client.get()
			.uri(clerk.url("/elsewhere"))
			.header(HttpHeaders.COOKIE, "__client=" + CLIENT_B)
			.retrieve()
			.toBodilessEntity();

		clerk.verify(1, getRequestedFor(urlEqualTo("/elsewhere")).withoutHeader(HttpHeaders.AUTHORIZATION)
			.withoutHeader(SunoAuthInterceptor.DEVICE_ID_HEADER)
			.withoutHeader(HttpHeaders.COOKIE));
		assertThat(this.provider.cachedAccounts()).isZero();
	}

	@Test
	void unauthorizedRefreshesOnceAndRepeatsTheRequestOnce() {
		assertThat(this.provider.currentToken(WAIT)).isEqualTo(JWT_A);
		String renewed = TestJwts.expiringAt(Instant.now().plusSeconds(3600), "user_a_renewed");
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath("sess_a"))).inScenario("renew")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"jwt\":\"" + renewed + "\"}")));
		api.stubFor(post("/api/generate/v2/").withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + JWT_A))
			.willReturn(aResponse().withStatus(401)));
		api.stubFor(post("/api/generate/v2/").withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + renewed))
			.willReturn(okJson("{\"id\":\"clip-1\"}")));

		String body = this.client.post()
			.uri("/api/generate/v2/")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"prompt\":\"jazz\"}")
			.retrieve()
			.body(String.class);

		assertThat(body).isEqualTo("{\"id\":\"clip-1\"}");
		api.verify(2, postRequestedFor(urlEqualTo("/api/generate/v2/"))
			.withRequestBody(equalToJson("{\"prompt\":\"jazz\"}")));
		clerk.verify(2, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath("sess_a"))));
	}

	@Test
	void secondUnauthorizedIsReturnedWithoutLooping() {
		assertThat(this.provider.currentToken(WAIT)).isEqualTo(JWT_A);
		api.stubFor(get("/api/billing/info/").willReturn(aResponse().withStatus(401)));
		String renewed = TestJwts.expiringAt(Instant.now().plusSeconds(3600), "user_a_renewed");
		ClerkStubs.token(clerk, "sess_a", renewed);

		int status = this.client.get()
			.uri("/api/billing/info/")
			.exchange((request, response) -> response.getStatusCode().value());

		assertThat(status).isEqualTo(401);
		List<LoggedRequest> calls = api.findAll(getRequestedFor(urlEqualTo("/api/billing/info/")));
		assertThat(calls).extracting((call) -> call.getHeader(HttpHeaders.AUTHORIZATION))
			.containsExactly("Bearer " + JWT_A, "Bearer " + renewed);
		clerk.verify(2, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath("sess_a"))));
	}

	@Test
	void anAccountSunoRejectsDoesNotTurnEveryRequestIntoAClerkCall() {
		assertThat(this.provider.currentToken(WAIT)).isEqualTo(JWT_A);
		api.stubFor(get("/api/billing/info/").willReturn(aResponse().withStatus(401)));

		for (int i = 0; i < 50; i++) {
			this.client.get().uri("/api/billing/info/").exchange((request, response) -> response.getStatusCode());
		}

		// The first 401 refreshes once; the fresh token is rejected too; then a cool-down.
		clerk.verify(2, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath("sess_a"))));
		api.verify(51, getRequestedFor(urlEqualTo("/api/billing/info/")));
		assertThat(this.provider.defaultSource().lastFailure().kind())
			.isEqualTo(SunoTokenFailure.TOKEN_REJECTED_BY_SUNO);
		assertThat(this.provider.defaultSource().mayRefreshAfterRejection()).isFalse();

		api.stubFor(get("/api/billing/info/").willReturn(okJson("{}")));
		this.client.get().uri("/api/billing/info/").retrieve().toBodilessEntity();
		assertThat(this.provider.defaultSource().lastFailure()).isNull();
	}

	@Test
	void concurrentRequestsOfTwoAccountsNeverMixTokens() throws InterruptedException {
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 16; t++) {
			boolean accountB = (t % 2 == 1);
			Thread thread = new Thread(() -> {
				try {
					for (int i = 0; i < 10; i++) {
						RestClient.RequestHeadersSpec<?> request = this.client.get()
							.uri("/api/feed/v2")
							.header("X-Test-Account", accountB ? "b" : "a");
						if (accountB) {
							request.header(HttpHeaders.COOKIE, "__client=" + CLIENT_B + "; ajs_anonymous_id=device-b");
						}
						request.retrieve().toBodilessEntity();
					}
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join(15_000);
		}

		assertThat(failures).isEmpty();
		List<LoggedRequest> requests = api.findAll(getRequestedFor(urlEqualTo("/api/feed/v2")));
		assertThat(requests).hasSize(160).allSatisfy((request) -> {
			boolean accountB = "b".equals(request.getHeader("X-Test-Account"));
			assertThat(request.getHeader(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + (accountB ? JWT_B : JWT_A));
			assertThat(request.getHeader(SunoAuthInterceptor.DEVICE_ID_HEADER))
				.isEqualTo(accountB ? "\"device-b\"" : "\"device-a\"");
			assertThat(request.containsHeader(HttpHeaders.COOKIE)).isFalse();
		});
		clerk.verify(1, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath("sess_b"))));
	}

	@Test
	void clerkDownFailsTheRequestWithoutSendingIt() {
		clerk.resetAll();
		clerk.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> this.client.get()
			.uri("/api/feed/v2")
			.header(HttpHeaders.COOKIE, "__client=" + CLIENT_B)
			.retrieve()
			.toBodilessEntity())
			.withMessageContaining("Clerk answered the session lookup with HTTP 503 Service Unavailable")
			.withCauseInstanceOf(ClerkException.class);

		assertThat(api.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	private void assertNoHeaderContains(String secret) {
		for (LoggedRequest request : api.findAll(anyRequestedFor(anyUrl()))) {
			for (HttpHeader header : request.getHeaders().all()) {
				assertThat(header.values()).as(header.key()).noneMatch((value) -> value.contains(secret));
			}
			assertThat(request.getUrl()).doesNotContain(secret);
		}
	}

	private RestClient client(Duration tokenWait) {
		HttpClient httpClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory(httpClient))
			.baseUrl(api.baseUrl())
			.requestInterceptor(new SunoAuthInterceptor(this.provider, ProviderOrigin.of(URI.create(api.baseUrl())),
					tokenWait))
			.build();
	}

}
