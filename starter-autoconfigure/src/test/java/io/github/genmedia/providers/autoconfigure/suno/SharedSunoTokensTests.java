package io.github.genmedia.providers.autoconfigure.suno;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.redis.LazyRedisConnection;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedis;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedisExtension;
import io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections;
import io.github.genmedia.providers.suno.ClerkClient;
import io.github.genmedia.providers.suno.ClerkSettings;
import io.github.genmedia.providers.suno.SharedSunoToken;
import io.github.genmedia.providers.suno.SunoAccount;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoSchedulerFactory;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.github.genmedia.providers.suno.SunoTokenStore;
import io.github.genmedia.providers.testsupport.HeldAnswers;
import io.lettuce.core.api.StatefulConnection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One Suno token per account for the fleet: token providers wired as the
 * auto-configuration wires them ({@link RedisSunoTokenStore} on a Lettuce connection
 * factory, AES-GCM with a key) share a real Redis, and a stand-in Clerk counts the
 * token calls. Minutes pass on a {@link VirtualTimeScheduler}, so the counts depend on
 * the refresh logic only, never on how busy the machine is.
 */
class SharedSunoTokensTests {

	static final String CLIENT = "client-token-of-the-fleet-account";

	static final String COOKIE = "__client=" + CLIENT + "; ajs_anonymous_id=device-f";

	static final String SESSION = "sess_fleet";

	static final String TOKENS = "/v1/client/sessions/" + SESSION + "/tokens";

	/** A fixed test key; applications make theirs with openssl rand -base64 32. */
	static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

	static final HeldAnswers held = new HeldAnswers();

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(held))
		.build();

	@RegisterExtension
	static LocalRedisExtension redis = new LocalRedisExtension();

	private final List<AutoCloseable> closeables = new ArrayList<>();

	@BeforeEach
	void stubClerk() {
		redis.binary().flushall();
		clerk.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v1/client"))
			.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"" + SESSION + "\"}}")));
		clerk.stubFor(post(urlPathEqualTo(TOKENS)).willReturn(okJson("{\"jwt\":\"" + jwt(60) + "\"}")));
	}

	@AfterEach
	void close() throws Exception {
		held.release();
		for (int i = this.closeables.size() - 1; i >= 0; i--) {
			this.closeables.get(i).close();
		}
	}

	@Test
	void threeInstancesAskClerkAsOftenAsOneOverTenSimulatedMinutes() {
		long one = clerkTokenCallsOver10Minutes(1, false);
		long fleetShared = clerkTokenCallsOver10Minutes(3, true);
		long fleetToday = clerkTokenCallsOver10Minutes(3, false);

		// 60 s JWTs refreshed 30 s before expiry: the first token and one every 30 s.
		assertThat(one).isBetween(20L, 21L);
		assertThat(fleetShared).isBetween(one - 1, one + 1);
		assertThat(fleetToday).isBetween(3 * one - 3, 3 * one);
	}

	@Test
	void theLockHolderAsksClerkAndAnInstanceThatFindsTheLockTakenWaitsForItsToken() throws Exception {
		clerk.stubFor(post(urlPathEqualTo(TOKENS))
			.willReturn(okJson("{\"jwt\":\"" + jwt(60) + "\"}").withTransformers(HeldAnswers.NAME)));
		held.hold();
		SunoTokenProvider a = instance(realScheduler(), store());
		SunoTokenProvider b = instance(realScheduler(), store());

		a.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> !redis.binary().keys("genmedia:suno:token-lock:*").isEmpty());
		b.start();
		assertThat(b.defaultSource().hasUsableToken()).isFalse();
		held.release();

		await().atMost(Duration.ofSeconds(10)).until(() -> b.defaultSource().hasUsableToken());
		assertThat(b.currentToken(Duration.ofSeconds(5))).isEqualTo(a.currentToken(Duration.ofSeconds(5)));
		clerk.verify(1, postRequestedFor(urlPathEqualTo(TOKENS)));
		clerk.verify(1, getRequestedFor(urlPathEqualTo("/v1/client")));
		await().atMost(Duration.ofSeconds(10)).until(() -> redis.binary().keys("genmedia:suno:token-lock:*").isEmpty());
	}

	@Test
	void redisHoldsTheTokenEncryptedUnderAKeyThatNamesNeitherTheCookieNorItsHash() throws Exception {
		SunoTokenProvider a = instance(realScheduler(), store());
		String jwt = a.currentToken(Duration.ofSeconds(10));

		List<String> keys = redis.binary().keys("genmedia:suno:*");
		assertThat(keys).singleElement().asString().startsWith(RedisSunoTokenStore.TOKEN_PREFIX)
			.doesNotContain(CLIENT)
			.doesNotContain(sha256(CLIENT))
			.hasSize(RedisSunoTokenStore.TOKEN_PREFIX.length() + 64);
		byte[] value = redis.binary().get(keys.get(0));
		String text = new String(value, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain(jwt).doesNotContain(jwt.split("\\.")[1]).doesNotContain(CLIENT);
		assertThat(value).hasSizeGreaterThan(12 + 16 + jwt.length());
		// It expires with the JWT: 60 s after it was requested.
		assertThat(redis.binary().pttl(keys.get(0))).isBetween(1L, 60_000L);
		// Another instance with the same key opens it; one with another key does not.
		assertThat(store().read(sha256(CLIENT))).isNotNull()
			.satisfies((token) -> assertThat(token.jwt().reveal()).isEqualTo(jwt));
		RedisSunoTokenStore otherKey = new RedisSunoTokenStore(connection(),
				SunoTokenCipher.aes("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII)));
		assertThat(otherKey.read(sha256(CLIENT))).isNull();
	}

	@Test
	void whenRedisStopsOneAccountFindsOutAndTheProvidersOtherAccountsAskClerkWithoutTryingRedis() throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger(SunoAccount.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		LocalRedis own = LocalRedis.start();
		try {
			CountingStore store = new CountingStore(new RedisSunoTokenStore(connection(own.port()),
					SunoTokenCipher.aes(Base64.getDecoder().decode(KEY))));
			VirtualTimeScheduler time = new VirtualTimeScheduler(T0);
			SunoTokenProvider provider = instance(time, store);
			provider.start();
			SunoAccount perRequest = provider.forCookie("__client=client-token-of-a-request; ajs_anonymous_id=d-r");
			SunoAccount other = provider.forCookie("__client=client-token-of-another-request; ajs_anonymous_id=d-o");
			time.advance(Duration.ofSeconds(1));
			List<SunoAccount> accounts = List.of(provider.defaultSource(), perRequest, other);
			assertThat(accounts).allSatisfy((account) -> assertThat(account.tokenStoreState()).isEqualTo("redis"));
			own.close();
			int storeCalls = store.calls.get();
			long clerkCalls = clerkTokenCalls();
			logger.addAppender(appender);

			// 60 s JWTs, refreshed 30 s before expiry: all three are due. The first finds Redis
			// gone (after at most RedisWait's 2 s); the others ask Clerk without trying it.
			time.advance(Duration.ofSeconds(30));

			assertThat(store.calls.get()).isEqualTo(storeCalls + 1);
			assertThat(clerkTokenCalls()).isEqualTo(clerkCalls + 3);
			assertThat(accounts).allSatisfy((account) -> {
				assertThat(account.hasUsableToken()).isTrue();
				assertThat(account.tokenStoreState()).isEqualTo("redis unavailable, refreshing locally");
			});
		}
		finally {
			logger.detachAppender(appender);
			own.close();
		}
		assertThat(appender.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).startsWith("The shared Suno token store (redis) failed (")
				.doesNotContain(CLIENT)
				.doesNotContain(String.valueOf(own.port()));
		});
	}

	/**
	 * Run instances for ten simulated minutes, started seven seconds apart, each handing
	 * out a token every simulated second.
	 * @return the token calls Clerk received
	 */
	private long clerkTokenCallsOver10Minutes(int instances, boolean shared) {
		redis.binary().flushall();
		clerk.resetRequests();
		VirtualTimeScheduler time = new VirtualTimeScheduler(T0);
		List<SunoTokenProvider> fleet = new ArrayList<>();
		for (int i = 0; i < instances; i++) {
			fleet.add(instance(time, shared ? store() : null));
		}
		for (int second = 0; second < 600; second++) {
			if (second % 7 == 0 && second / 7 < instances) {
				fleet.get(second / 7).start();
			}
			time.advance(Duration.ofSeconds(1));
			for (int i = 0; i < Math.min(instances, second / 7 + 1); i++) {
				assertThat(fleet.get(i).defaultSource().hasUsableToken()).as("instance %d at %d s", i, second).isTrue();
			}
		}
		fleet.forEach(SunoTokenProvider::stop);
		return clerkTokenCalls();
	}

	SunoTokenProvider instance(TaskScheduler scheduler, SunoTokenStore store) {
		ClerkClient clerkClient = new ClerkClient(RestClient.create(), ClerkSettings.of(URI.create(clerk.baseUrl())));
		SunoTokenProvider provider = SunoTokenProvider.builder(clerkClient, scheduler)
			.defaultCookie(SunoCookie.parse(COOKIE))
			.store(store)
			.build();
		this.closeables.add(provider::stop);
		return provider;
	}

	RedisSunoTokenStore store() {
		return new RedisSunoTokenStore(connection(), SunoTokenCipher.aes(Base64.getDecoder().decode(KEY)));
	}

	private LazyRedisConnection<StatefulConnection<String, byte[]>> connection() {
		return connection(redis.port());
	}

	private LazyRedisConnection<StatefulConnection<String, byte[]>> connection(int port) {
		ProvidersRedisConnections connections = new ProvidersRedisConnections(connectionFactory(port));
		this.closeables.add(connections::stop);
		return connections.binary();
	}

	private LettuceConnectionFactory connectionFactory(int port) {
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
		factory.afterPropertiesSet();
		factory.start();
		this.closeables.add(factory::destroy);
		return factory;
	}

	private ThreadPoolTaskScheduler realScheduler() {
		ThreadPoolTaskScheduler scheduler = SunoSchedulerFactory.create(2);
		this.closeables.add(scheduler::shutdown);
		return scheduler;
	}

	private long clerkTokenCalls() {
		return clerk.countRequestsMatching(postRequestedFor(urlPathEqualTo(TOKENS)).build()).getCount();
	}

	static String jwt(long secondsToLive) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		long now = Instant.now().getEpochSecond();
		String header = encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
		String payload = encoder.encodeToString(("{\"sub\":\"fleet\",\"iat\":" + now + ",\"exp\":"
				+ (now + secondsToLive) + "}").getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".signature";
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Counts the commands it passes on to the store it wraps. */
	static final class CountingStore implements SunoTokenStore {

		final AtomicInteger calls = new AtomicInteger();

		private final SunoTokenStore store;

		CountingStore(SunoTokenStore store) {
			this.store = store;
		}

		@Override
		public @Nullable SharedSunoToken read(String accountId) {
			this.calls.incrementAndGet();
			return this.store.read(accountId);
		}

		@Override
		public boolean tryLock(String accountId, Duration lease) {
			this.calls.incrementAndGet();
			return this.store.tryLock(accountId, lease);
		}

		@Override
		public void publish(String accountId, SharedSunoToken token, Duration timeToLive) {
			this.calls.incrementAndGet();
			this.store.publish(accountId, token, timeToLive);
		}

		@Override
		public void unlock(String accountId) {
			this.calls.incrementAndGet();
			this.store.unlock(accountId);
		}

		@Override
		public String name() {
			return this.store.name();
		}

	}

}
