package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.genmedia.providers.testsupport.HeldAnswers;
import io.github.genmedia.providers.testsupport.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One account's token: fetched in the background, refreshed ahead of expiry, shared by
 * concurrent callers, and failing fast but recovering when Clerk is down.
 */
class SunoAccountWireTest {

	static final HeldAnswers held = new HeldAnswers();

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(40).extensions(held))
		.build();

	private static final String CLIENT = "client-token-of-account-a";

	private static final String SESSION = "sess_2AccountAaaaaaaa";

	private static final SunoCookie COOKIE = SunoCookie.parse("__client=" + CLIENT + "; ajs_anonymous_id=device-a");

	private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

	/** How long a caller waits for a token; "fast" is well within it, on any machine. */
	private static final Duration WAIT = Duration.ofSeconds(10);

	private final SteppedClock clock = new SteppedClock(T0);

	private final ThreadPoolTaskScheduler scheduler = SunoSchedulerFactory.create(2);

	private final List<SunoAccount> sources = new ArrayList<>();

	@AfterEach
	void stop() {
		held.release();
		this.sources.forEach(SunoAccount::stop);
		this.scheduler.shutdown();
	}

	@Test
	void startReturnsAtOnceAndTheFirstRequestWaitsForTheToken() {
		String jwt = TestJwts.expiringAt(Instant.now().plusSeconds(60));
		ClerkStubs.session(clerk, CLIENT, SESSION);
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(okJson("{\"jwt\":\"" + jwt + "\"}").withTransformers(HeldAnswers.NAME)));
		SunoAccount source = source(realClockSettings());
		held.hold();

		source.start();

		// Clerk holds its token until the test lets it go: start did not wait for it.
		assertThat(source.isRunning()).isTrue();
		assertThat(source.lastRefresh()).isNull();
		held.release();
		assertThat(source.currentToken(WAIT)).isEqualTo(jwt);
		assertThat(source.lastRefresh()).isNotNull();
		assertThat(source.lastFailure()).isNull();
		assertThat(source.secondsUntilExpiry().getAsLong()).isBetween(55L, 60L);
		assertThat(source.deviceId()).isEqualTo("device-a");
		clerk.verify(1, getRequestedFor(urlPathEqualTo("/v1/client")));
		clerk.verify(1, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))));
	}

	@Test
	void sessionIdIsLookedUpOnceAndReused() {
		SunoAccount source = startedWithToken(T0.plusSeconds(60));
		String next = TestJwts.expiringAt(T0.plusSeconds(180));
		ClerkStubs.token(clerk, SESSION, next);
		this.clock.advance(Duration.ofSeconds(61));

		assertThat(source.currentToken(WAIT)).isEqualTo(next);

		clerk.verify(1, getRequestedFor(urlPathEqualTo("/v1/client")));
		clerk.verify(2, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))));
	}

	@Test
	void sessionRejectedByClerkIsLookedUpAgainOnce() {
		SunoAccount source = startedWithToken(T0.plusSeconds(60));
		String next = TestJwts.expiringAt(T0.plusSeconds(180));
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))).willReturn(aResponse().withStatus(404)));
		ClerkStubs.session(clerk, CLIENT, "sess_2Switched");
		ClerkStubs.token(clerk, "sess_2Switched", next);
		this.clock.advance(Duration.ofSeconds(61));

		assertThat(source.currentToken(WAIT)).isEqualTo(next);

		clerk.verify(2, getRequestedFor(urlPathEqualTo("/v1/client")));
		clerk.verify(2, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))));
		clerk.verify(1, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath("sess_2Switched"))));
	}

	@Test
	void transientClerkFailuresAreRetriedWithBackoff() {
		String jwt = TestJwts.expiringAt(T0.plusSeconds(60));
		ClerkStubs.session(clerk, CLIENT, SESSION);
		String path = ClerkStubs.tokensPath(SESSION);
		clerk.stubFor(post(urlPathEqualTo(path)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("malformed"));
		clerk.stubFor(post(urlPathEqualTo(path)).inScenario("flaky")
			.whenScenarioStateIs("malformed")
			.willReturn(okJson("{\"jwt\": "))
			.willSetStateTo("no jwt"));
		clerk.stubFor(post(urlPathEqualTo(path)).inScenario("flaky")
			.whenScenarioStateIs("no jwt")
			.willReturn(okJson("{\"object\":\"token\"}"))
			.willSetStateTo("up"));
		clerk.stubFor(post(urlPathEqualTo(path)).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson("{\"jwt\":\"" + jwt + "\"}")));
		SunoAccount source = account(new ClerkRetry(4, Duration.ofMillis(20), Duration.ofMillis(50)),
				mockedClockScheduler(), SunoTokenSettings.defaults());

		assertThat(source.currentToken(WAIT)).isEqualTo(jwt);

		clerk.verify(4, postRequestedFor(urlPathEqualTo(path)));
		clerk.verify(1, getRequestedFor(urlPathEqualTo("/v1/client")));
	}

	@Test
	void twoHundredCallersAtExpiryShareOneTokenCall() throws InterruptedException {
		SunoAccount source = startedWithToken(T0.plusSeconds(60));
		String next = TestJwts.expiringAt(T0.plusSeconds(200));
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(okJson("{\"jwt\":\"" + next + "\"}").withFixedDelay(200)));
		this.clock.advance(Duration.ofSeconds(61));
		int callers = 200;
		CountDownLatch ready = new CountDownLatch(callers);
		CountDownLatch go = new CountDownLatch(1);
		Queue<String> tokens = new ConcurrentLinkedQueue<>();
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			Thread thread = new Thread(() -> {
				ready.countDown();
				try {
					go.await();
					tokens.add(source.currentToken(Duration.ofSeconds(30)));
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
			});
			thread.start();
			threads.add(thread);
		}
		ready.await();
		go.countDown();
		for (Thread thread : threads) {
			thread.join(30_000);
		}

		assertThat(failures).isEmpty();
		assertThat(tokens).hasSize(callers).containsOnly(next);
		clerk.verify(2, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))));
		clerk.verify(1, getRequestedFor(urlPathEqualTo("/v1/client")));
	}

	@Test
	void scheduledRefreshRunsBeforeExpiryWithoutAnyRequest() {
		// Refreshed about 2 s after the start, 28 s before the first token expires: room
		// for a busy machine's delays on both sides.
		Instant firstExpiry = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 30);
		String first = TestJwts.expiringAt(firstExpiry);
		String second = TestJwts.expiringAt(Instant.now().plusSeconds(3600));
		ClerkStubs.session(clerk, CLIENT, SESSION);
		String path = ClerkStubs.tokensPath(SESSION);
		clerk.stubFor(post(urlPathEqualTo(path)).inScenario("refresh")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"jwt\":\"" + first + "\"}"))
			.willSetStateTo("refreshed"));
		clerk.stubFor(post(urlPathEqualTo(path)).inScenario("refresh")
			.whenScenarioStateIs("refreshed")
			.willReturn(okJson("{\"jwt\":\"" + second + "\"}")));
		SunoAccount source = source(new SunoTokenSettings(Duration.ofSeconds(28), null, null, SunoTokenSettings.DEFAULT_MAX_CACHED, null));

		source.start();
		Poll.until(Duration.ofSeconds(25), "second token in use", () -> source.secondsUntilExpiry().orElse(0) > 60);

		assertThat(clerk.findAll(postRequestedFor(urlPathEqualTo(path)))).hasSize(2);
		LoggedRequest refresh = clerk.findAll(postRequestedFor(urlPathEqualTo(path))).get(1);
		assertThat(refresh.getLoggedDate().toInstant()).isBefore(firstExpiry);
		assertThat(source.currentToken(WAIT)).isEqualTo(second);
	}

	@Test
	void tokenWithoutExpIsRefreshedOnTheFallbackInterval() {
		String opaque = TestJwts.withPayload("{\"sub\":\"user_1\"}");
		ClerkStubs.session(clerk, CLIENT, SESSION);
		ClerkStubs.token(clerk, SESSION, opaque);
		SunoAccount source = startedSource(SunoTokenSettings.defaults());
		assertThat(source.currentToken(WAIT)).isEqualTo(opaque);

		this.clock.advance(Duration.ofSeconds(29));
		assertThat(source.currentToken(WAIT)).isEqualTo(opaque);
		clerk.verify(1, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))));

		this.clock.advance(Duration.ofSeconds(2));
		assertThat(source.currentToken(WAIT)).isEqualTo(opaque);
		Poll.until(Duration.ofSeconds(10), "fallback refresh",
				() -> clerk.findAll(postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))).size() == 2);
	}

	@Test
	void expiryIsMeasuredFromTheLifetimeSoAWrongClockDoesNotMatter() {
		Instant clerkClock = T0.minus(Duration.ofHours(1));
		ClerkStubs.session(clerk, CLIENT, SESSION);
		ClerkStubs.token(clerk, SESSION, TestJwts.issuedAt(clerkClock, clerkClock.plusSeconds(60)));
		SunoAccount source = startedSource(SunoTokenSettings.defaults());
		source.currentToken(WAIT);

		this.clock.advance(Duration.ofSeconds(20));
		source.currentToken(WAIT);

		assertThat(source.secondsUntilExpiry()).hasValue(40);
		clerk.verify(1, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))));
	}

	@Test
	void clerkDownAtStartFailsRequestsFastThenRecovers() {
		clerk.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl())
			.willReturn(aResponse().withStatus(503).withTransformers(HeldAnswers.NAME)));
		SunoAccount source = source(new SunoTokenSettings(null, null, Duration.ofMillis(300), SunoTokenSettings.DEFAULT_MAX_CACHED, null));
		held.hold();

		source.start();
		// Clerk holds its answer until the test lets it go: start did not wait for it.
		assertThat(source.lastFailure()).isNull();
		held.release();

		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> source.currentToken(WAIT))
			.withMessage("Could not get a Suno token for account " + COOKIE.fingerprint()
					+ ": Clerk answered the session lookup with HTTP 503 Service Unavailable")
			.havingCause()
			.isInstanceOf(ClerkException.class);
		long again = System.nanoTime();
		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> source.currentToken(WAIT));
		assertThat(Duration.ofNanos(System.nanoTime() - again)).as("failed fast, not after the wait")
			.isLessThan(WAIT.dividedBy(2));
		assertThat(source.lastFailure()).isNotNull().satisfies((failure) -> {
			assertThat(failure.kind()).isEqualTo(SunoTokenFailure.CLERK_UNREACHABLE);
			assertThat(failure.message()).isEqualTo("Clerk answered the session lookup with HTTP 503 Service Unavailable");
		});

		clerk.resetAll();
		String jwt = TestJwts.expiringAt(Instant.now().plusSeconds(60));
		ClerkStubs.session(clerk, CLIENT, SESSION);
		ClerkStubs.token(clerk, SESSION, jwt);
		Poll.until(Duration.ofSeconds(20), "automatic recovery",
				() -> source.lastFailure() == null && source.lastRefresh() != null);
		assertThat(source.currentToken(WAIT)).isEqualTo(jwt);
	}

	@Test
	void slowClerkTimesOutTheRequestButNotStartup() {
		String jwt = TestJwts.expiringAt(Instant.now().plusSeconds(60));
		ClerkStubs.session(clerk, CLIENT, SESSION);
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(okJson("{\"jwt\":\"" + jwt + "\"}").withTransformers(HeldAnswers.NAME)));
		SunoAccount source = source(realClockSettings());
		held.hold();
		source.start();

		long started = System.nanoTime();
		assertThatExceptionOfType(SunoAuthenticationException.class)
			.isThrownBy(() -> source.currentToken(Duration.ofMillis(200)))
			.withMessage("No Suno token for account " + COOKIE.fingerprint()
					+ " within 200 ms; Clerk has not answered yet");
		// Clerk holds its token until the test lets it go: the request gave up after its wait.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(190))
			.isLessThan(Duration.ofSeconds(HeldAnswers.MAX_HOLD_SECONDS - 10));
		held.release();

		assertThat(source.currentToken(WAIT)).isEqualTo(jwt);
	}

	@Test
	void validTokenIsUsedWhileClerkFailsThenExpiredTokenFailsFastWithTheCause() {
		SunoAccount source = startedWithToken(T0.plusSeconds(60));
		String valid = source.currentToken(WAIT);
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(aResponse().withStatus(502).withBody(CLIENT + " " + SESSION)));

		this.clock.advance(Duration.ofSeconds(45));
		assertThat(source.currentToken(WAIT)).isEqualTo(valid);
		Poll.until(Duration.ofSeconds(10), "failed background refresh", () -> source.lastFailure() != null);
		assertThat(source.currentToken(WAIT)).isEqualTo(valid);

		this.clock.advance(Duration.ofSeconds(16));
		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> source.currentToken(WAIT))
			.withMessageEndingWith("Clerk answered the token request with HTTP 502 Bad Gateway")
			.withCauseInstanceOf(ClerkException.class);
		long started = System.nanoTime();
		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> source.currentToken(WAIT))
			.withCauseInstanceOf(ClerkException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("failed fast, not after the wait")
			.isLessThan(WAIT.dividedBy(2));
		assertThat(source.lastFailure().message()).doesNotContain(CLIENT).doesNotContain(SESSION).doesNotContain("eyJ");
		assertThat(source.secondsUntilExpiry()).hasValue(0);

		String recovered = TestJwts.expiringAt(T0.plusSeconds(200));
		ClerkStubs.token(clerk, SESSION, recovered);
		this.clock.advance(SunoTokenSettings.DEFAULT_RETRY_INTERVAL);
		assertThat(source.currentToken(WAIT)).isEqualTo(recovered);
		assertThat(source.lastFailure()).isNull();
	}

	@Test
	void stopCancelsTheScheduledRefresh() {
		SunoAccount source = startedWithToken(T0.plusSeconds(60));
		Poll.until(Duration.ofSeconds(10), "refresh scheduled", () -> queued() == 1);

		source.stop();

		assertThat(source.isRunning()).isFalse();
		assertThat(queued()).isZero();
		assertThat(source.currentToken(WAIT)).isNotNull();
	}

	@Test
	void clerksRetryAfterIsHonouredInsteadOfAskingAgainAtOnce() {
		ClerkStubs.session(clerk, CLIENT, SESSION);
		clerk.stubFor(post(urlPathEqualTo(ClerkStubs.tokensPath(SESSION)))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
		SunoAccount source = source(realClockSettings());
		source.start();

		Poll.until(Duration.ofSeconds(10), "failed refresh", () -> source.lastFailure() != null);
		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> source.currentToken(WAIT));
		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> source.currentToken(WAIT));

		// One token call: no retry within the refresh, and requests fail fast until Clerk's 30 s are over.
		clerk.verify(1, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))));
		assertThat(source.lastFailure().kind()).isEqualTo(SunoTokenFailure.CLERK_RATE_LIMITED);
	}

	@Test
	void aTokenThatHasAlreadyExpiredIsAFailedRefreshAndNeverSent() {
		ClerkStubs.session(clerk, CLIENT, SESSION);
		ClerkStubs.token(clerk, SESSION, TestJwts.expiringAt(Instant.now().minusSeconds(60)));
		SunoAccount source = source(new SunoTokenSettings(null, null, Duration.ofSeconds(30),
				SunoTokenSettings.DEFAULT_MAX_CACHED, null));
		source.start();

		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> source.currentToken(WAIT))
			.withMessageContaining("already expired");
		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(() -> source.currentToken(WAIT));

		assertThat(source.lastFailure().kind()).isEqualTo(SunoTokenFailure.CLERK_ANSWER_UNUSABLE);
		assertThat(source.hasUsableToken()).isFalse();
		clerk.verify(1, postRequestedFor(urlPathEqualTo(ClerkStubs.tokensPath(SESSION))));
	}

	private int queued() {
		return this.scheduler.getScheduledThreadPoolExecutor().getQueue().size();
	}

	/** A started source on the mocked clock whose first token expires at {@code exp}. */
	private SunoAccount startedWithToken(Instant exp) {
		ClerkStubs.session(clerk, CLIENT, SESSION);
		ClerkStubs.token(clerk, SESSION, TestJwts.expiringAt(exp));
		SunoAccount source = startedSource(SunoTokenSettings.defaults());
		source.currentToken(WAIT);
		return source;
	}

	private SunoAccount startedSource(SunoTokenSettings settings) {
		mockedClockScheduler();
		SunoAccount source = source(settings);
		source.start();
		return source;
	}

	private ThreadPoolTaskScheduler mockedClockScheduler() {
		this.scheduler.setClock(this.clock);
		return this.scheduler;
	}

	private SunoAccount source(SunoTokenSettings settings) {
		return account(ClerkStubs.fastRetry(), this.scheduler, settings);
	}

	/** An account of its own, without a token store, stopped after the test. */
	private SunoAccount account(ClerkRetry retry, ThreadPoolTaskScheduler scheduler, SunoTokenSettings settings) {
		SunoAccount source = new SunoAccount(new ClerkTokenFetcher(COOKIE, ClerkStubs.client(clerk), retry),
				scheduler, settings, SunoTokenObserver.NONE, null);
		this.sources.add(source);
		return source;
	}

	private static SunoTokenSettings realClockSettings() {
		return SunoTokenSettings.defaults();
	}

}
