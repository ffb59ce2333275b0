package io.github.genmedia.providers.autoconfigure.suno;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.diagnostics.InvalidProviderConfigurationFailureAnalyzerAccess;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedis;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.github.genmedia.providers.suno.SunoTokenStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code providers.suno.token.store} through the auto-configuration: application
 * contexts that share a real Redis share one token, health shows the store and its
 * failure, and a store without a usable encryption key stops startup with what to do.
 */
class SunoTokenStoreAutoConfigurationTests {

	private static final String CLIENT = "client-token-of-the-shared-account";

	private static final String SESSION = "sess_shared";

	private static final String TOKENS = "/v1/client/sessions/" + SESSION + "/tokens";

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = SunoAutoConfigurationTests.runner(clerk.baseUrl())
		.withPropertyValues("providers.suno.cookie=__client=" + CLIENT + "; ajs_anonymous_id=device-s");

	private ApplicationContextRunner withRedis(LocalRedis redis) {
		return this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port());
	}

	private static void stubClerk(long jwtSeconds) {
		clerk.stubFor(get(urlPathEqualTo("/v1/client"))
			.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"" + SESSION + "\"}}")));
		clerk.stubFor(post(urlPathEqualTo(TOKENS))
			.willReturn(okJson("{\"jwt\":\"" + SharedSunoTokensTests.jwt(jwtSeconds) + "\"}")));
	}

	@Test
	void threeApplicationContextsOnOneRedisAskClerkOnceAndShowTheStoreInHealth() throws Exception {
		stubClerk(60);
		try (LocalRedis redis = LocalRedis.start()) {
			ApplicationContextRunner instance = withRedis(redis).withPropertyValues("providers.suno.token.store=redis",
					"providers.suno.token.encryption-key=" + SharedSunoTokensTests.KEY);
			instance.run((a) -> instance.run((b) -> instance.run((c) -> {
				String token = awaitToken(a);
				assertThat(awaitToken(b)).isEqualTo(token);
				assertThat(awaitToken(c)).isEqualTo(token);
				clerk.verify(1, postRequestedFor(urlPathEqualTo(TOKENS)));
				clerk.verify(1, getRequestedFor(urlPathEqualTo("/v1/client")));
				for (AssertableApplicationContext context : List.of(a, b, c)) {
					assertThat(context).hasSingleBean(RedisSunoTokenStore.class);
					Health health = suno(context).health(true);
					assertThat(health.getStatus()).isEqualTo(Status.UP);
					assertThat(health.getDetails()).containsEntry("tokenStore", "redis");
				}
			})));
		}
	}

	@Test
	void whenRedisStopsEachInstanceRefreshesLocallyAndHealthSaysSo() throws Exception {
		stubClerk(8);
		LocalRedis redis = LocalRedis.start();
		try {
			ApplicationContextRunner instance = withRedis(redis).withPropertyValues("providers.suno.token.store=redis",
					"providers.suno.token.encryption-key=" + SharedSunoTokensTests.KEY,
					"providers.suno.token.refresh-before-expiry=5s");
			instance.run((a) -> instance.run((b) -> {
				awaitToken(a);
				awaitToken(b);
				redis.close();
				long before = tokenCalls();

				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
					for (AssertableApplicationContext context : List.of(a, b)) {
						assertThat(suno(context).health(true).getDetails()).containsEntry("tokenStore",
								"redis unavailable, refreshing locally");
					}
				});
				// Both keep refreshing on their own: two more refreshes each at least.
				await().atMost(Duration.ofSeconds(30)).until(() -> tokenCalls() >= before + 4);
				for (AssertableApplicationContext context : List.of(a, b)) {
					assertThat(context.getBean(SunoTokenProvider.class).defaultSource().hasUsableToken()).isTrue();
					assertThat(suno(context).health(true).getStatus()).isEqualTo(Status.UP);
				}
			}));
		}
		finally {
			redis.close();
		}
	}

	@Test
	void theLocalStoreIsTheDefaultAndLeavesRedisAlone() throws Exception {
		stubClerk(60);
		try (LocalRedis redis = LocalRedis.start()) {
			withRedis(redis).run((context) -> {
				awaitToken(context);
				assertThat(context).doesNotHaveBean(SunoTokenStore.class);
				assertThat(suno(context).health(true).getDetails()).doesNotContainKey("tokenStore");
				assertThat(rawKeys(redis)).isEmpty();
			});
		}
	}

	@Test
	void storeUnencryptedIsAnOptInThatWritesTheJwtAsItIs() throws Exception {
		stubClerk(60);
		try (LocalRedis redis = LocalRedis.start()) {
			withRedis(redis)
				.withPropertyValues("providers.suno.token.store=redis", "providers.suno.token.store-unencrypted=true")
				.run((context) -> {
					String token = awaitToken(context);
					List<String> keys = rawKeys(redis);
					assertThat(keys).singleElement()
						.isEqualTo(RedisSunoTokenStore.TOKEN_PREFIX + SharedSunoTokensTests.sha256(CLIENT));
					assertThat(rawValue(redis, keys.get(0))).contains(token).doesNotContain(CLIENT);
				});
		}
	}

	@Test
	void redisWithoutAnEncryptionKeyFailsStartupWithHowToMakeOne() {
		this.runner.withPropertyValues("providers.suno.token.store=redis").run((context) -> {
			FailureAnalysis analysis = analysis(context);
			assertThat(analysis.getDescription()).contains("providers.suno.token.encryption-key: is not set, but "
					+ "providers.suno.token.store is redis, and JWTs are not stored in Redis unencrypted unless asked to");
			assertThat(analysis.getAction()).contains("openssl rand -base64 32")
				.contains("providers.suno.token.store-unencrypted=true")
				.contains("providers.suno.token.store=local");
		});
	}

	@Test
	void anEncryptionKeyOfTheWrongLengthFailsStartupWithoutShowingIt() {
		String shortKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes(StandardCharsets.US_ASCII));
		this.runner.withPropertyValues("providers.suno.token.store=redis", "providers.suno.token.encryption-key=" + shortKey)
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("providers.suno.token.encryption-key: is not a "
						+ "base64-encoded 256-bit AES key: it decodes to 16 bytes instead of 32");
				assertThat(analysis.getAction()).contains("openssl rand -base64 32");
				assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(shortKey)
					.doesNotContain("sixteen byte key");
			});
		this.runner.withPropertyValues("providers.suno.token.store=redis", "providers.suno.token.encryption-key=not*base64!")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("providers.suno.token.encryption-key: is not a base64-encoded 256-bit AES key: it is not "
						+ "valid base64")
				.doesNotContain("not*base64!"));
	}

	@Test
	void redisWithoutARedisConnectionFailsStartupNamingTheStore() {
		this.runner
			.withPropertyValues("providers.suno.token.store=redis",
					"providers.suno.token.encryption-key=" + SharedSunoTokensTests.KEY)
			.run((context) -> {
				FailureAnalysis analysis = analysis(context);
				assertThat(analysis.getDescription()).contains("providers.suno.token.store: is redis, but the "
						+ "application has no LettuceConnectionFactory bean (one Redis connection factory using Lettuce, "
						+ "Spring Boot's default client)");
				assertThat(analysis.getAction()).contains("Let Spring Boot configure Redis")
					.contains("or set providers.suno.token.store=local (each instance then asks Clerk for its own tokens).")
					.doesNotContain(SharedSunoTokensTests.KEY);
			});
	}

	private static String awaitToken(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		return context.getBean(SunoTokenProvider.class).currentToken(Duration.ofSeconds(10));
	}

	private static long tokenCalls() {
		return clerk.countRequestsMatching(postRequestedFor(urlPathEqualTo(TOKENS)).build()).getCount();
	}

	private static HealthIndicator suno(AssertableApplicationContext context) {
		return (HealthIndicator) context.getBean("providersHealthContributor", CompositeHealthContributor.class)
			.getContributor("suno");
	}

	private static FailureAnalysis analysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		return InvalidProviderConfigurationFailureAnalyzerAccess.analyze(context.getStartupFailure());
	}

	private static List<String> rawKeys(LocalRedis redis) {
		RedisClient client = RedisClient.create(redis.url());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().keys("genmedia:suno:*");
		}
		finally {
			client.shutdown();
		}
	}

	private static String rawValue(LocalRedis redis, String key) {
		RedisClient client = RedisClient.create(redis.url());
		try (StatefulRedisConnection<String, byte[]> connection = client
			.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE))) {
			return new String(connection.sync().get(key), StandardCharsets.UTF_8);
		}
		finally {
			client.shutdown();
		}
	}

}
