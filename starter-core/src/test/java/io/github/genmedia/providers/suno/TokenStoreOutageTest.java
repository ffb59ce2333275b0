package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.testsupport.SteppedClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shared token store that fails is known to fail once for all the accounts of a
 * provider: one WARN and one INFO per outage, and while it lasts the accounts ask Clerk
 * without trying the store, except one probe per {@link TokenStoreAvailability#PROBE_INTERVAL}
 * of the provider's clock, which the tests move by hand.
 */
class TokenStoreOutageTest {

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

	static final String UNAVAILABLE = "fake unavailable, refreshing locally";

	private final SteppedClock clock = new SteppedClock(T0);

	private final FakeStore store = new FakeStore();

	private final AtomicInteger clerkCalls = new AtomicInteger();

	private final SunoCookie cookieA = SunoCookie.parse("__client=client-secret-of-account-a");

	private final SunoCookie cookieB = SunoCookie.parse("__client=client-secret-of-account-b");

	private final Logger logger = (Logger) LoggerFactory.getLogger(SunoAccount.class);

	private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();

	private @Nullable ThreadPoolTaskScheduler scheduler;

	@BeforeEach
	void captureLogLines() {
		this.logLines.start();
		this.logger.addAppender(this.logLines);
		this.logger.setLevel(Level.INFO);
		this.logger.setAdditive(false);
	}

	@AfterEach
	void detachLogCapture() {
		this.logger.detachAppender(this.logLines);
		this.logger.setLevel(null);
		this.logger.setAdditive(true);
		if (this.scheduler != null) {
			this.scheduler.shutdown();
		}
	}

	@Test
	void oneOutageIsOneWarningAndOneInfoAndTheStoreIsTriedOncePerProbeInterval() {
		TokenStoreAvailability availability = new TokenStoreAvailability(this.store, this.clock);
		SharedTokens a = new SharedTokens(availability, this.cookieA, SunoTokenSettings.defaults(), this.clock);
		SharedTokens b = new SharedTokens(availability, this.cookieB, SunoTokenSettings.defaults(), this.clock);
		assertThat(a.refresh(this::clerk).fromClerk()).isTrue();
		assertThat(this.store.calls.get()).isEqualTo(5); // read, lock, read again, publish, unlock

		this.store.down = true;
		assertThat(a.refresh(this::clerk).fromClerk()).isTrue();
		assertThat(this.store.calls.get()).isEqualTo(6);
		// The other account knows: it asks Clerk without waiting for the store.
		assertThat(b.refresh(this::clerk).fromClerk()).isTrue();
		this.clock.advance(TokenStoreAvailability.PROBE_INTERVAL.minusMillis(1));
		assertThat(b.refresh(this::clerk).fromClerk()).isTrue();
		assertThat(a.refresh(this::clerk).fromClerk()).isTrue();
		assertThat(this.store.calls.get()).isEqualTo(6);
		assertThat(a.problem()).isEqualTo(UNAVAILABLE);
		assertThat(b.problem()).isEqualTo(UNAVAILABLE);

		// One probe per interval: it fails, and the next refresh does not try again.
		this.clock.advance(Duration.ofMillis(1));
		assertThat(b.refresh(this::clerk).fromClerk()).isTrue();
		assertThat(a.refresh(this::clerk).fromClerk()).isTrue();
		assertThat(this.store.calls.get()).isEqualTo(7);

		this.store.down = false;
		this.clock.advance(TokenStoreAvailability.PROBE_INTERVAL);
		assertThat(b.refresh(this::clerk).fromClerk()).isTrue(); // the probe: b had no token in the store
		assertThat(this.store.calls.get()).isEqualTo(12);
		assertThat(a.problem()).isNull();
		assertThat(b.problem()).isNull();
		// Both share again: each reads its fleet token instead of asking Clerk.
		int clerkBefore = this.clerkCalls.get();
		assertThat(a.refresh(this::clerk).fromClerk()).isFalse();
		assertThat(b.refresh(this::clerk).fromClerk()).isFalse();
		assertThat(this.clerkCalls.get()).isEqualTo(clerkBefore);

		assertThat(storeLines(Level.WARN)).singleElement()
			.isEqualTo("The shared Suno token store (fake) failed (IllegalStateException, for account "
					+ this.cookieA.fingerprint() + "); every Suno account refreshes its token locally until the store "
					+ "answers again, which is tried every 5 s");
		assertThat(storeLines(Level.INFO)).singleElement()
			.isEqualTo("The shared Suno token store (fake) answers again; Suno accounts share their tokens again");
		assertThat(this.logLines.list).noneMatch((line) -> line.getFormattedMessage().contains("client-secret"));
	}

	@Test
	void anOutageStartingWhileAccountsRefreshIsStillWarnedOnce() {
		TokenStoreAvailability availability = new TokenStoreAvailability(this.store, this.clock);

		availability.failed(new IllegalStateException("one"), this.cookieA.fingerprint());
		availability.failed(new IllegalStateException("two"), this.cookieB.fingerprint());
		availability.answered();
		availability.answered();

		assertThat(storeLines(Level.WARN)).hasSize(1);
		assertThat(storeLines(Level.INFO)).hasSize(1);
		assertThat(availability.mayUse()).isTrue();
	}

	@Test
	void theAccountsOfOneProviderShareWhatTheyKnowOfTheStore() {
		clerk.stubFor(get(urlPathEqualTo("/v1/client"))
			.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"sess_1\"}}")));
		ClerkStubs.token(clerk, "sess_1", TestJwts.issuedAt(T0, T0.plusSeconds(3600)));
		this.scheduler = SunoSchedulerFactory.create(2);
		this.scheduler.setClock(this.clock);
		this.store.down = true;
		SunoTokenProvider provider = SunoTokenProvider.builder(ClerkStubs.client(clerk), this.scheduler)
			.defaultCookie(this.cookieA)
			.retry(ClerkStubs.fastRetry())
			.store(this.store)
			.build();
		try {
			provider.start();
			await().atMost(Duration.ofSeconds(10)).until(() -> provider.defaultSource().hasUsableToken());
			assertThat(this.store.calls.get()).isEqualTo(1);

			SunoAccount perRequest = provider.forCookie(this.cookieB);
			await().atMost(Duration.ofSeconds(10)).until(perRequest::hasUsableToken);

			assertThat(this.store.calls.get()).isEqualTo(1);
			assertThat(perRequest.tokenStoreState()).isEqualTo(UNAVAILABLE);
			assertThat(provider.defaultSource().tokenStoreState()).isEqualTo(UNAVAILABLE);
			assertThat(storeLines(Level.WARN)).hasSize(1);
		}
		finally {
			provider.stop();
		}
	}

	private SunoToken clerk() {
		this.clerkCalls.incrementAndGet();
		Instant now = this.clock.instant();
		return SunoToken.issued(SunoJwt.of(TestJwts.issuedAt(now, now.plusSeconds(60))), now, now,
				SunoTokenSettings.defaults());
	}

	private List<String> storeLines(Level level) {
		return this.logLines.list.stream()
			.filter((line) -> line.getLevel() == level && line.getFormattedMessage().contains("token store"))
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	/** Keeps tokens and locks in memory, counts every command, and fails them all while {@link #down}. */
	static final class FakeStore implements SunoTokenStore {

		final AtomicInteger calls = new AtomicInteger();

		volatile boolean down;

		private final Map<String, SharedSunoToken> tokens = new ConcurrentHashMap<>();

		private final Set<String> locks = ConcurrentHashMap.newKeySet();

		@Override
		public @Nullable SharedSunoToken read(String accountId) {
			answer();
			return this.tokens.get(accountId);
		}

		@Override
		public boolean tryLock(String accountId, Duration lease) {
			answer();
			return this.locks.add(accountId);
		}

		@Override
		public void publish(String accountId, SharedSunoToken token, Duration timeToLive) {
			answer();
			this.tokens.put(accountId, token);
		}

		@Override
		public void unlock(String accountId) {
			answer();
			this.locks.remove(accountId);
		}

		@Override
		public String name() {
			return "fake";
		}

		private void answer() {
			this.calls.incrementAndGet();
			if (this.down) {
				throw new IllegalStateException("the fake store is down");
			}
		}

	}

}
