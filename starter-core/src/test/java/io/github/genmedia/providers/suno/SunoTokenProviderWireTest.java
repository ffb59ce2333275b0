package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.testsupport.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One token source per account, bounded in number, and stopped when dropped.
 */
class SunoTokenProviderWireTest {

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String DEFAULT_COOKIE = "__client=client-default; ajs_anonymous_id=device-default";

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ThreadPoolTaskScheduler scheduler = SunoSchedulerFactory.create(2);

	private final List<SunoTokenProvider> providers = new ArrayList<>();

	@BeforeEach
	void clerkAnswersEveryAccount() {
		clerk.stubFor(get(urlPathEqualTo("/v1/client"))
			.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"sess_1\"}}")));
		ClerkStubs.token(clerk, "sess_1", TestJwts.expiringAt(Instant.now().plusSeconds(3600)));
	}

	@AfterEach
	void stop() {
		this.providers.forEach(SunoTokenProvider::stop);
		this.scheduler.shutdown();
	}

	@Test
	void sameAccountSharesOneSourceAndTheConfiguredAccountIsNotCached() {
		SunoTokenProvider provider = started(SunoTokenSettings.defaults());

		SunoAccount first = provider.forCookie("__client=client-b; __session=one");
		SunoAccount second = provider.forCookie("__session=two; __client=client-b");
		SunoAccount configured = provider.forCookie("_ga=1; " + DEFAULT_COOKIE);

		assertThat(first).isSameAs(second).isNotSameAs(configured);
		assertThat(configured).isSameAs(provider.defaultSource());
		assertThat(provider.cachedAccounts()).isEqualTo(1);
		assertThat(first.isRunning()).isTrue();
		assertThat(provider.currentToken(WAIT)).startsWith("eyJ");
		assertThat(first.currentToken(WAIT)).startsWith("eyJ");
	}

	@Test
	void leastRecentlyUsedAccountIsEvictedAndStopsRefreshing() {
		SunoTokenProvider provider = started(new SunoTokenSettings(null, null, null, 2, null));
		SunoAccount one = provider.forCookie("__client=client-1");
		SunoAccount two = provider.forCookie("__client=client-2");
		assertThat(provider.forCookie("__client=client-1")).isSameAs(one);

		SunoAccount three = provider.forCookie("__client=client-3");

		assertThat(provider.cachedAccounts()).isEqualTo(2);
		assertThat(two.isRunning()).isFalse();
		assertThat(one.isRunning()).isTrue();
		assertThat(three.isRunning()).isTrue();
		assertThat(provider.forCookie("__client=client-2")).isNotSameAs(two);
	}

	@Test
	void floodOfDistinctCookiesKeepsTheCacheAndTheScheduleBounded() {
		this.scheduler.setClock(new SteppedClock(Instant.now()));
		SunoTokenProvider provider = started(new SunoTokenSettings(null, null, null, 5, null));
		List<SunoAccount> created = new ArrayList<>();

		for (int i = 0; i < 50; i++) {
			created.add(provider.forCookie("__client=flood-" + i));
		}

		assertThat(provider.cachedAccounts()).isEqualTo(5);
		assertThat(created.subList(0, 45)).noneMatch(SunoAccount::isRunning);
		assertThat(created.subList(45, 50)).allMatch(SunoAccount::isRunning);
		// five cached accounts, the configured one and the idle sweep
		Poll.until(Duration.ofSeconds(10), "refreshes of evicted accounts leave the queue",
				() -> this.scheduler.getScheduledThreadPoolExecutor().getQueue().size() <= 7
						&& this.scheduler.getActiveCount() == 0);
		assertThat(this.scheduler.getScheduledThreadPoolExecutor().getLargestPoolSize()).isLessThanOrEqualTo(2);
		// Refreshes still queued when their account was dropped never reach Clerk: at
		// most the five cached accounts, the configured one, and the two that were
		// already running on the scheduler's two threads.
		assertThat(clerk.findAll(postRequestedFor(urlPathMatching("/v1/client/sessions/.*/tokens")))).hasSizeLessThanOrEqualTo(8);
	}

	@Test
	void floodOfDistinctCookiesDoesNotStarveTheConfiguredAccount() {
		clerk.stubFor(post(urlPathMatching("/v1/client/sessions/.*/tokens")).atPriority(1)
			.willReturn(okJson("{\"jwt\":\"" + TestJwts.expiringAt(Instant.now().plusSeconds(3600)) + "\"}")
				.withFixedDelay(20)));
		SunoTokenProvider provider = started(new SunoTokenSettings(null, null, null, 5, null));
		assertThat(provider.currentToken(WAIT)).startsWith("eyJ");

		for (int i = 0; i < 300; i++) {
			provider.forCookie("__client=stranger-" + i);
		}

		assertThat(provider.currentToken(Duration.ofMillis(100))).startsWith("eyJ");
		assertThat(this.scheduler.getScheduledThreadPoolExecutor().getQueue().size()).isLessThanOrEqualTo(8);
	}

	@Test
	void anAccountWithARequestInFlightIsNeverDroppedUnderIt() {
		SunoTokenProvider provider = started(new SunoTokenSettings(null, null, null, 2, null));
		SunoAccount first = provider.acquire(SunoCookie.parse("__client=busy-1"));
		SunoAccount second = provider.acquire(SunoCookie.parse("__client=busy-2"));

		assertThatExceptionOfType(SunoAccountsBusyException.class)
			.isThrownBy(() -> provider.forCookie("__client=busy-3"))
			.withMessageStartingWith("All 2 cached Suno accounts have requests in flight");
		assertThat(first.isRunning()).isTrue();
		assertThat(second.isRunning()).isTrue();

		second.release();
		SunoAccount third = provider.forCookie("__client=busy-3");

		assertThat(second.isRunning()).as("the idle account made room").isFalse();
		assertThat(first.isRunning()).isTrue();
		assertThat(third.isRunning()).isTrue();
		first.release();
	}

	@Test
	void idleAccountsAreEvicted() {
		SunoTokenProvider provider = started(new SunoTokenSettings(null, null, null, SunoTokenSettings.DEFAULT_MAX_CACHED, Duration.ofMillis(200)));
		SunoAccount idle = provider.forCookie("__client=client-idle");
		idle.currentToken(WAIT);

		// The sweep drops the account from the cache, then stops it: on a busy machine the
		// test may look between the two.
		Poll.until(Duration.ofSeconds(10), "idle account evicted and stopped",
				() -> provider.cachedAccounts() == 0 && !idle.isRunning());

		assertThat(provider.defaultSource().isRunning()).isTrue();
	}

	@Test
	void stopStopsEveryAccount() {
		SunoTokenProvider provider = started(SunoTokenSettings.defaults());
		SunoAccount other = provider.forCookie("__client=client-b");

		provider.stop();

		assertThat(provider.isRunning()).isFalse();
		assertThat(provider.defaultSource().isRunning()).isFalse();
		assertThat(other.isRunning()).isFalse();
		assertThat(provider.cachedAccounts()).isZero();
	}

	@Test
	void beforeStartTokensAreFetchedOnDemand() {
		SunoTokenProvider provider = provider(SunoTokenSettings.defaults());

		SunoAccount source = provider.forCookie("__client=client-b");

		assertThat(source.currentToken(WAIT)).startsWith("eyJ");
		assertThat(source.isRunning()).isFalse();
	}

	@Test
	void withoutConfiguredCookieOnlyPerRequestCookiesWork() {
		SunoTokenProvider provider = SunoTokenProvider.builder(ClerkStubs.client(clerk), this.scheduler)
			.retry(ClerkStubs.fastRetry())
			.build();
		this.providers.add(provider);
		provider.start();

		assertThat(provider.hasDefaultAccount()).isFalse();
		assertThatExceptionOfType(SunoAuthenticationException.class).isThrownBy(provider::defaultSource)
			.withMessage("No Suno cookie is configured and the request has no Cookie header with __client; set "
					+ "SUNO_COOKIE or send one");
		assertThat(provider.forCookie("__client=client-b").currentToken(WAIT)).startsWith("eyJ");
	}

	@Test
	void unusableCookieIsRejected() {
		SunoTokenProvider provider = started(SunoTokenSettings.defaults());

		assertThatExceptionOfType(InvalidSunoCookieException.class)
			.isThrownBy(() -> provider.forCookie("__session=abc"));
		assertThat(provider.cachedAccounts()).isZero();
	}

	private SunoTokenProvider started(SunoTokenSettings settings) {
		SunoTokenProvider provider = provider(settings);
		provider.start();
		return provider;
	}

	private SunoTokenProvider provider(SunoTokenSettings settings) {
		SunoTokenProvider provider = SunoTokenProvider.builder(ClerkStubs.client(clerk), this.scheduler)
			.defaultCookie(SunoCookie.parse(DEFAULT_COOKIE))
			.retry(ClerkStubs.fastRetry())
			.settings(settings)
			.build();
		this.providers.add(provider);
		return provider;
	}

}
