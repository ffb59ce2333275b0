package io.github.genmedia.providers.autoconfigure.suno;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.diagnostics.InvalidProviderConfigurationFailureAnalyzerAccess;
import io.github.genmedia.providers.autoconfigure.health.ProvidersHealthContributorAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.suno.InvalidSunoCookieException;
import io.github.genmedia.providers.suno.SunoAuthenticationException;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoTokenFailure;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.github.genmedia.providers.testsupport.HeldAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
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
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.registry.ImportHttpServices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Suno through the auto-configuration: the cookie becomes a JWT at a stand-in Clerk, and
 * {@code sunoRestClient} sends it to a stand-in Suno API.
 */
class SunoAutoConfigurationTests {

	private static final String CLIENT = "client-token-of-account-a";

	private static final String COOKIE = "__client=" + CLIENT + "; ajs_anonymous_id=device-a; other=x=y";

	static final HeldAnswers held = new HeldAnswers();

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(held))
		.build();

	@RegisterExtension
	static WireMockExtension suno = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = runner(clerk.baseUrl())
		.withPropertyValues("providers.suno.base-url=" + suno.baseUrl());

	/** Suno with its health, Clerk at {@code clerkUrl}, no retries of Suno's calls. */
	static ApplicationContextRunner runner(String clerkUrl) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					ProvidersAutoConfiguration.class, SunoAutoConfiguration.class,
					ProvidersHealthContributorAutoConfiguration.class))
			.withPropertyValues("providers.suno.clerk.base-url=" + clerkUrl, "providers.suno.retry.enabled=false");
	}

	@AfterEach
	void releaseHeldAnswers() {
		held.release();
	}

	static String jwt(String subject, long secondsToLive) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		long now = Instant.now().getEpochSecond();
		String header = encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
		String payload = encoder.encodeToString(("{\"sub\":\"" + subject + "\",\"iat\":" + now + ",\"exp\":"
				+ (now + secondsToLive) + "}").getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".signature";
	}

	static void stubClerk(String client, String session, String jwt) {
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).withHeader("Authorization", equalTo(client))
			.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"" + session + "\"}}")));
		clerk.stubFor(post(urlPathEqualTo("/v1/client/sessions/" + session + "/tokens"))
			.withHeader("Authorization", equalTo(client))
			.willReturn(okJson("{\"jwt\":\"" + jwt + "\"}")));
	}

	@Test
	void aCookieFileRotatedToAnotherAccountTakesEffectWithoutARestart(@TempDir Path directory) throws Exception {
		String tokenA = jwt("account-a", 60);
		String tokenB = jwt("account-b", 60);
		stubClerk(CLIENT, "sess_a", tokenA);
		stubClerk("client-token-of-account-b", "sess_b", tokenB);
		suno.stubFor(get("/api/feed").willReturn(ok("[]")));
		Path file = Files.writeString(directory.resolve("cookie"), COOKIE + "\n");
		this.runner.withPropertyValues("providers.suno.cookie-file=" + file).run((context) -> {
			RestClient client = context.getBean("sunoRestClient", RestClient.class);
			client.get().uri("/api/feed").retrieve().body(String.class);
			suno.verify(getRequestedFor(urlEqualTo("/api/feed")).withHeader("Authorization", equalTo("Bearer " + tokenA)));

			Files.writeString(file, "__client=client-token-of-account-b; ajs_anonymous_id=device-b\n");
			await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
				suno.resetRequests();
				client.get().uri("/api/feed").retrieve().body(String.class);
				suno.verify(getRequestedFor(urlEqualTo("/api/feed"))
					.withHeader("Authorization", equalTo("Bearer " + tokenB))
					.withHeader("Device-Id", equalTo("\"device-b\"")));
			});
			assertThat(context.getBean(SunoTokenProvider.class).defaultSource().hasUsableToken()).isTrue();
			assertThat(context.getBean(SunoTokenProvider.class).cachedAccounts()).isZero();
		});
	}

	@Test
	void aTenantKeyOnSunoIsRefusedRatherThanSentWithTheConfiguredAccount() {
		stubClerk(CLIENT, "sess_a", jwt("account-a", 60));
		suno.stubFor(get("/api/feed").willReturn(ok("[]")));
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			RestClient tenant = context.getBean(ProviderClients.class)
				.restClient("suno", io.github.genmedia.providers.auth.Credential.of("tenant-key-0123456789"));
			assertThatIllegalArgumentException().isThrownBy(() -> tenant.get().uri("/api/feed").retrieve().body(String.class))
				.withMessage("This provider authenticates itself and takes no tenant key; for Suno, send the tenant's "
						+ "account as a Cookie header");
			suno.verify(0, getRequestedFor(urlEqualTo("/api/feed")));
		});
	}

	@Test
	void noCookieMeansNoSunoBeans() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SunoTokenProvider.class);
			assertThat(context).doesNotHaveBean("sunoRestClient");
		});
	}

	@Test
	void cookieBecomesABearerJwtAndADeviceIdOnTheWire() {
		String token = jwt("account-a", 60);
		stubClerk(CLIENT, "sess_a", token);
		suno.stubFor(get("/api/feed").willReturn(ok("[]")));
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			RestClient client = context.getBean("sunoRestClient", RestClient.class);
			assertThat(client.get().uri("/api/feed").retrieve().body(String.class)).isEqualTo("[]");
			clerk.verify(getRequestedFor(urlEqualTo("/v1/client?__clerk_api_version=2025-11-10&_clerk_js_version=5.117.0"))
				.withHeader("Authorization", equalTo(CLIENT)));
			clerk.verify(postRequestedFor(urlEqualTo(
					"/v1/client/sessions/sess_a/tokens?__clerk_api_version=2025-11-10&_clerk_js_version=5.117.0"))
				.withHeader("Authorization", equalTo(CLIENT))
				.withRequestBody(equalToJson("{}")));
			suno.verify(getRequestedFor(urlEqualTo("/api/feed")).withHeader("Authorization", equalTo("Bearer " + token))
				.withHeader("Device-Id", equalTo("\"device-a\""))
				.withHeader("Cookie", absent()));
			assertThat(context.getBean(ProviderClients.class).names()).contains("suno");
			assertThat(context.getBean(ProviderClients.class).restClient("suno")).isSameAs(client);
		});
	}

	@Test
	void anInterfaceInTheSunoGroupGetsTheJwtAndDeviceIdAndACookieSelectsTheAccount() {
		String tokenA = jwt("account-a", 60);
		String tokenB = jwt("account-b", 60);
		stubClerk(CLIENT, "sess_a", tokenA);
		stubClerk("client-token-of-account-b", "sess_b", tokenB);
		suno.stubFor(get(urlPathEqualTo("/api/feed/v2")).willReturn(okJson("{\"clips\":[]}")));
		this.runner
			.withConfiguration(AutoConfigurations.of(HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class))
			.withUserConfiguration(SunoFeedGroup.class)
			.withPropertyValues("SUNO_COOKIE=" + COOKIE)
			.run((context) -> {
				SunoFeed feed = context.getBean(SunoFeed.class);
				feed.clips("c-1");
				feed.clipsOf("__client=client-token-of-account-b; ajs_anonymous_id=device-b", "c-2");
				suno.verify(getRequestedFor(urlEqualTo("/api/feed/v2?ids=c-1"))
					.withHeader("Authorization", equalTo("Bearer " + tokenA))
					.withHeader("Device-Id", equalTo("\"device-a\""))
					.withHeader("Cookie", absent()));
				suno.verify(getRequestedFor(urlEqualTo("/api/feed/v2?ids=c-2"))
					.withHeader("Authorization", equalTo("Bearer " + tokenB))
					.withHeader("Device-Id", equalTo("\"device-b\""))
					.withHeader("Cookie", absent()));
			});
	}

	interface SunoFeed {

		@GetExchange("/api/feed/v2")
		String clips(@RequestParam String ids);

		@GetExchange("/api/feed/v2")
		String clipsOf(@RequestHeader("Cookie") String cookie, @RequestParam String ids);

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "suno", types = SunoFeed.class)
	static class SunoFeedGroup {

	}

	@Test
	void theApplicationsGlobalRestClientCustomizersNeverSeeTheSignIn() {
		stubClerk(CLIENT, "sess_a", jwt("account-a", 60));
		suno.stubFor(get("/api/feed").willReturn(ok("[]")));
		java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.springframework.boot.restclient.RestClientCustomizer logging = (builder) -> builder
			.requestInterceptor((request, body, execution) -> {
				seen.add(request.getURI() + " " + request.getHeaders());
				return execution.execute(request, body);
			});
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE)
			.withBean(org.springframework.boot.restclient.RestClientCustomizer.class, () -> logging)
			.run((context) -> {
				context.getBean("sunoRestClient", RestClient.class).get().uri("/api/feed").retrieve().body(String.class);
				assertThat(seen).isNotEmpty().noneMatch((line) -> line.contains(CLIENT) || line.contains("sess_a"));
			});
	}

	@Test
	void aCookieHeaderOnTheRequestSelectsAnotherAccountAndNeverLeaves() {
		String tokenA = jwt("account-a", 60);
		String tokenB = jwt("account-b", 60);
		stubClerk(CLIENT, "sess_a", tokenA);
		stubClerk("client-token-of-account-b", "sess_b", tokenB);
		suno.stubFor(get("/api/feed").willReturn(ok("[]")));
		this.runner.withPropertyValues("providers.suno.cookie=" + COOKIE).run((context) -> {
			RestClient client = context.getBean("sunoRestClient", RestClient.class);
			client.get()
				.uri("/api/feed")
				.header("Cookie", "__client=client-token-of-account-b; ajs_anonymous_id=device-b")
				.retrieve()
				.body(String.class);
			suno.verify(getRequestedFor(urlEqualTo("/api/feed")).withHeader("Authorization", equalTo("Bearer " + tokenB))
				.withHeader("Device-Id", equalTo("\"device-b\""))
				.withHeader("Cookie", absent()));
		});
	}

	@Test
	void aRetriedRequestStaysWithTheAccountItsCookieSelected() {
		String tokenA = jwt("account-a", 60);
		String tokenB = jwt("account-b", 60);
		stubClerk(CLIENT, "sess_a", tokenA);
		stubClerk("client-token-of-account-b", "sess_b", tokenB);
		suno.stubFor(get("/api/generate/status").inScenario("flaky").whenScenarioStateIs(
				com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
		suno.stubFor(get("/api/generate/status").inScenario("flaky").whenScenarioStateIs("recovered").willReturn(ok("done")));
		this.runner
			.withPropertyValues("providers.suno.cookie=" + COOKIE, "providers.suno.retry.enabled=true",
					"providers.suno.retry.initial-interval=5ms")
			.run((context) -> {
				String body = context.getBean("sunoRestClient", RestClient.class)
					.get()
					.uri("/api/generate/status")
					.header("Cookie", "__client=client-token-of-account-b")
					.retrieve()
					.body(String.class);
				assertThat(body).isEqualTo("done");
				suno.verify(2, getRequestedFor(urlEqualTo("/api/generate/status")));
				suno.verify(2, getRequestedFor(urlEqualTo("/api/generate/status"))
					.withHeader("Authorization", equalTo("Bearer " + tokenB))
					.withHeader("Cookie", absent()));
			});
	}

	@Test
	void startupDoesNotWaitForClerk() {
		// Clerk answers only when the test lets it (or after 30 s): a startup that waited for
		// it would take that long, whatever the machine's load.
		clerk.stubFor(get(urlPathEqualTo("/v1/client"))
			.willReturn(aResponse().withStatus(503).withTransformers(HeldAnswers.NAME)));
		held.hold();
		long started = System.nanoTime();
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("context started while Clerk held its answer")
				.isLessThan(Duration.ofSeconds(HeldAnswers.MAX_HOLD_SECONDS - 10));
		});
	}

	@Test
	void cookieWithoutClientFailsStartupWithHowToCopyAFreshOne() {
		this.runner.withPropertyValues("SUNO_COOKIE=__session=eyJsecret-session; ajs_anonymous_id=d").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = InvalidProviderConfigurationFailureAnalyzerAccess.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("providers.suno.cookie: (from SUNO_COOKIE) has no __client");
			assertThat(analysis.getAction()).contains("Copy a fresh Cookie header: sign in at https://suno.com");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("eyJsecret-session");
		});
	}

	@Test
	void theResolutionCarriesTheCookieParsedWhenItWasChecked() {
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			SunoSettings settings = context.getBean(ActiveProviders.class)
				.find(SunoProvider.NAME)
				.orElseThrow()
				.own(SunoSettings.class);
			assertThat(settings.cookie()).isEqualTo(SunoCookie.parse(COOKIE));
		});
	}

	@Test
	void enabledWithoutCookieFailsStartup() {
		this.runner.withPropertyValues("providers.suno.enabled=true").run((context) -> {
			InvalidProviderConfigurationException failure = cause(context);
			assertThat(failure.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.problem())
					.isEqualTo("is not set, but providers.suno.enabled is true"));
		});
	}

	@Test
	void anApiKeyForSunoIsAMistakeThatIsReported() {
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE, "providers.suno.api-key=sk-nope").run((context) -> {
			InvalidProviderConfigurationException failure = cause(context);
			assertThat(failure.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.property()).isEqualTo("providers.suno.api-key"));
		});
	}

	@Test
	void sunoSettingsAreCheckedAtStartup() {
		this.runner
			.withPropertyValues("SUNO_COOKIE=" + COOKIE, "providers.suno.clerk.base-url=http://clerk.example.com",
					"providers.suno.accounts.max-cached=0", "providers.suno.token.wait=0s")
			.run((context) -> assertThat(cause(context).getProblems())
				.extracting(io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem::property)
				.containsExactlyInAnyOrder("providers.suno.clerk.base-url", "providers.suno.accounts.max-cached",
						"providers.suno.token.wait"));
	}

	@Test
	void healthShowsTheTokensRemainingLifetimeAndNeverTheToken() throws Exception {
		String token = jwt("account-a", 120);
		stubClerk(CLIENT, "sess_a", token);
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			Health health = awaitHealth(context, Status.UP);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat((Long) health.getDetails().get("tokenExpiresInSeconds")).isBetween(60L, 120L);
			assertThat(health.getDetails()).containsKey("lastRefresh");
			assertThat(health.toString()).doesNotContain(token).doesNotContain(CLIENT).doesNotContain("sess_a");
		});
	}

	@Test
	void rejectedCookieIsDownWithWhatToDo() throws Exception {
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errors\":[{\"message\":\"Invalid authentication\"}]}")));
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			Health health = awaitHealth(context, Status.DOWN);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason",
					"cookie rejected: update providers.suno.cookie or SUNO_COOKIE with a fresh Cookie header, then restart");
		});
	}

	@Test
	void aRejectedCookieFromAFileSaysToUpdateTheFile(@TempDir Path directory) throws Exception {
		rejectEveryCookie();
		Path file = Files.writeString(directory.resolve("cookie"), COOKIE);
		this.runner.withPropertyValues("providers.suno.cookie-file=" + file).run((context) -> {
			Health health = awaitHealth(context, Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "cookie rejected: update the cookie file " + file
					+ " (providers.suno.cookie-file) with a fresh Cookie header; it is read again without a restart");
		});
	}

	@Test
	void aRequestOfTheConfiguredAccountWhoseCookieIsRejectedFailsWithWhatToDo() throws Exception {
		rejectEveryCookie();
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			awaitHealth(context, Status.DOWN);
			RestClient client = context.getBean("sunoRestClient", RestClient.class);
			assertThatExceptionOfType(SunoAuthenticationException.class)
				.isThrownBy(() -> client.get().uri("/api/feed").retrieve().body(String.class))
				.withMessage("Could not get a Suno token for account " + SunoCookie.parse(COOKIE).fingerprint()
						+ ": Clerk answered the session lookup with HTTP 401 Unauthorized. Clerk no longer accepts the "
						+ "configured cookie: update providers.suno.cookie or SUNO_COOKIE with a fresh Cookie header, "
						+ "then restart. " + InvalidSunoCookieException.HOW_TO_COPY)
				.satisfies((ex) -> assertThat(ex.getFailure()).isEqualTo(SunoTokenFailure.COOKIE_REJECTED))
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(CLIENT));
			// A request's own account is not the configuration's to fix.
			assertThatExceptionOfType(SunoAuthenticationException.class)
				.isThrownBy(() -> client.get()
					.uri("/api/feed")
					.header("Cookie", "__client=client-token-of-account-b")
					.retrieve()
					.body(String.class))
				.withMessageEndingWith(": Clerk answered the session lookup with HTTP 401 Unauthorized");
			suno.verify(0, getRequestedFor(urlEqualTo("/api/feed")));
		});
	}

	private static void rejectEveryCookie() {
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errors\":[{\"message\":\"Invalid authentication\"}]}")));
	}

	@Test
	void clerkDownAtStartupIsDownAfterTheFirstFailedAttemptAndUpOnceATokenArrives() throws Exception {
		// The first attempt fails at once; Clerk holds its answers to the retries until the
		// test lets them go, so health is seen while the retries are certainly not over.
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).inScenario("clerk down").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("retried"));
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).inScenario("clerk down").whenScenarioStateIs("retried")
			.willReturn(aResponse().withStatus(503).withTransformers(HeldAnswers.NAME)));
		held.hold();
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE, "providers.suno.token.retry-interval=300ms")
			.run((context) -> {
				Health down = awaitHealth(context, Status.DOWN);
				assertThat(down.getDetails()).containsEntry("reason", "Clerk unreachable")
					.containsEntry("failure", "CLERK_UNREACHABLE")
					.containsEntry("lastRefreshError", "Clerk answered the session lookup with HTTP 503 Service Unavailable");
				clerk.resetAll();
				stubClerk(CLIENT, "sess_a", jwt("account-a", 60));
				held.release();
				Health up = awaitHealth(context, Status.UP);
				assertThat(up.getStatus()).isEqualTo(Status.UP);
				assertThat(up.getDetails()).doesNotContainKey("reason").containsKey("tokenExpiresInSeconds");
			});
	}

	@Test
	void aFailingProbeKeepsTheTokensReasonAndLastRefreshError() throws Exception {
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).willReturn(aResponse().withStatus(503)));
		this.runner
			.withPropertyValues("SUNO_COOKIE=" + COOKIE, "providers.suno.health.probe-path=/api/billing/info/")
			.run((context) -> {
				Health down = awaitHealth(context, Status.DOWN);
				assertThat(down.getDetails()).containsEntry("reason", "Clerk unreachable")
					.containsEntry("lastRefreshError", "Clerk answered the session lookup with HTTP 503 Service Unavailable")
					.containsKey("probe");
				@SuppressWarnings("unchecked")
				Map<String, Object> probe = (Map<String, Object>) down.getDetails().get("probe");
				assertThat(probe).containsEntry("success", false);
			});
	}

	@Test
	void anOutdatedClerkVersionIsNotBlamedOnTheCookie() throws Exception {
		clerk.stubFor(get(urlPathEqualTo("/v1/client")).willReturn(aResponse().withStatus(400)));
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			Health health = awaitHealth(context, Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason",
					"Clerk refused the request: check providers.suno.clerk.api-version and js-version");
		});
	}

	@Test
	void refreshThreadsAreNamedDaemonsAndStopWithTheContext() {
		stubClerk(CLIENT, "sess_a", jwt("account-a", 60));
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			context.getBean(SunoTokenProvider.class).currentToken(java.time.Duration.ofSeconds(5));
			assertThat(sunoThreads()).isNotEmpty().allSatisfy((thread) -> assertThat(thread.isDaemon()).isTrue());
		});
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sunoThreads()).isEmpty());
	}

	@Test
	void aStoppedContextCanBeStartedAgain() {
		stubClerk(CLIENT, "sess_a", jwt("account-a", 60));
		this.runner.withPropertyValues("SUNO_COOKIE=" + COOKIE).run((context) -> {
			SunoTokenProvider tokens = context.getBean(SunoTokenProvider.class);
			context.stop();
			assertThat(tokens.isRunning()).isFalse();
			context.start();
			assertThat(tokens.isRunning()).isTrue();
			assertThat(tokens.currentToken(java.time.Duration.ofSeconds(5))).startsWith("eyJ");
		});
	}

	private static java.util.List<Thread> sunoThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("genmedia-suno-token-") && thread.isAlive())
			.toList();
	}

	private static Health awaitHealth(AssertableApplicationContext context, Status expected)
			throws InterruptedException {
		HealthIndicator indicator = (HealthIndicator) context
			.getBean("providersHealthContributor", CompositeHealthContributor.class)
			.getContributor("suno");
		Health health = indicator.health(true);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!expected.equals(health.getStatus()) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			health = indicator.health(true);
		}
		return health;
	}

	private static InvalidProviderConfigurationException cause(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		for (Throwable candidate = context.getStartupFailure(); candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof InvalidProviderConfigurationException failure) {
				return failure;
			}
		}
		throw new AssertionError("no InvalidProviderConfigurationException in " + context.getStartupFailure());
	}

}
