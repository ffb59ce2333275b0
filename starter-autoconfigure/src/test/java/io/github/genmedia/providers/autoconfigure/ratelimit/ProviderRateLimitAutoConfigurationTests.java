package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.ProviderRuntimes;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.diagnostics.InvalidProviderConfigurationFailureAnalyzerAccess;
import io.github.genmedia.providers.autoconfigure.health.ProvidersHealthContributorAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.properties.RateLimitStore;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedis;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.ratelimit.MicrometerRateLimitObserver;
import io.github.genmedia.providers.ratelimit.RateLimitExceededException;
import io.github.genmedia.providers.ratelimit.RateLimitPause;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.ratelimit.RateLimitState;
import io.github.genmedia.providers.ratelimit.RateLimiter;
import io.github.genmedia.providers.ratelimit.SharedPauses;
import io.github.genmedia.providers.sunor.SunorApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code providers.<name>.rate-limit.*}: the documented defaults of the built-in providers,
 * {@code providers.defaults.rate-limit.*}, validation, the reserved name, the store, and
 * the limit reaching every client of a provider, its metrics and its health.
 */
class ProviderRateLimitAutoConfigurationTests {

	private static final String KEY = "sk-live-0123456789abcdef";

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, ProviderRateLimitAutoConfiguration.class));

	@Test
	void builtInProvidersTakeTheLimitsTheirDocsState() {
		this.runner
			.withConfiguration(AutoConfigurations.of(SunoAutoConfiguration.class))
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.supertone.api-key=" + KEY,
					"providers.whisul.api-key=" + KEY, "providers.autype.api-key=ak_" + KEY,
					"providers.suno.cookie=__client=abc")
			.run((context) -> {
				assertThat(rateLimit(context, "sunor")).isEqualTo(RateLimitSettings.of(120, Duration.ofMinutes(1)));
				assertThat(rateLimit(context, "supertone")).isEqualTo(RateLimitSettings.of(20, Duration.ofMinutes(1)));
				assertThat(rateLimit(context, "autype"))
					.isEqualTo(RateLimitSettings.of(100, Duration.ofMinutes(1)).withMaxConcurrent(5));
				assertThat(rateLimit(context, "whisul")).as("Whisul documents no number").isNull();
				assertThat(rateLimit(context, "suno")).as("Suno documents no limit").isNull();
				assertThat(context.getBean(ProviderRateLimiters.class).store()).isEqualTo("local");
			});
	}

	@Test
	void aProviderOfYourOwnIsUnlimitedUntilALimitIsSet() {
		this.runner.withPropertyValues("providers.my-tts.base-url=https://tts.example.com", "providers.my-tts.api-key=k")
			.run((context) -> assertThat(rateLimit(context, "my-tts")).isNull());
		this.runner
			.withPropertyValues("providers.my-tts.base-url=https://tts.example.com", "providers.my-tts.api-key=k",
					"providers.my-tts.rate-limit.requests=30")
			.run((context) -> assertThat(rateLimit(context, "my-tts"))
				.isEqualTo(RateLimitSettings.of(30, Duration.ofMinutes(1))));
		this.runner
			.withPropertyValues("providers.my-tts.base-url=https://tts.example.com", "providers.my-tts.api-key=k",
					"providers.my-tts.rate-limit.max-concurrent=3", "providers.my-tts.rate-limit.max-wait=5s")
			.run((context) -> assertThat(rateLimit(context, "my-tts"))
				.isEqualTo(RateLimitSettings.concurrency(3).withMaxWait(Duration.ofSeconds(5))));
	}

	@Test
	void aProviderSettingWinsThenTheDocumentedLimitThenTheSharedDefaults() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.supertone.api-key=" + KEY,
					"providers.whisul.api-key=" + KEY, "providers.supertone.rate-limit.requests=60",
					"providers.defaults.rate-limit.requests=10", "providers.defaults.rate-limit.period=10s",
					"providers.defaults.rate-limit.max-wait=2s")
			.run((context) -> {
				// Supertone's Pro plan: 60 a minute, the documented period kept.
				assertThat(rateLimit(context, "supertone")).isEqualTo(
						new RateLimitSettings(60, Duration.ofMinutes(1), Duration.ofSeconds(2), 0));
				// Sunor's documented limit is more precise than a blanket default.
				assertThat(rateLimit(context, "sunor"))
					.isEqualTo(new RateLimitSettings(120, Duration.ofMinutes(1), Duration.ofSeconds(2), 0));
				// Whisul documents none, so the shared defaults apply.
				assertThat(rateLimit(context, "whisul"))
					.isEqualTo(new RateLimitSettings(10, Duration.ofSeconds(10), Duration.ofSeconds(2), 0));
			});
	}

	@Test
	void aLimitCanBeSwitchedOffForOneProviderOrAll() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.autype.api-key=ak_" + KEY,
					"providers.sunor.rate-limit.enabled=false")
			.run((context) -> {
				assertThat(rateLimit(context, "sunor")).isNull();
				assertThat(rateLimit(context, "autype")).isNotNull();
			});
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.autype.api-key=ak_" + KEY,
					"providers.defaults.rate-limit.enabled=false", "providers.autype.rate-limit.enabled=true")
			.run((context) -> {
				assertThat(rateLimit(context, "sunor")).isNull();
				assertThat(rateLimit(context, "autype")).isNotNull();
			});
	}

	@Test
	void everyInvalidValueIsReportedByItsProperty() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.rate-limit.requests=-1",
					"providers.sunor.rate-limit.period=0s", "providers.sunor.rate-limit.max-wait=2h",
					"providers.autype.api-key=ak_" + KEY, "providers.autype.rate-limit.max-concurrent=20000")
			.run((context) -> assertThat(problems(context)).containsExactly(
					"providers.sunor.rate-limit.requests: must be at least 0, but is -1",
					"providers.sunor.rate-limit.period: must be between 1ms and 1d, but is PT0S",
					"providers.sunor.rate-limit.max-wait: must be between 0s and 1h (a caller blocked for longer "
							+ "should fail and try later), but is PT2H",
					"providers.autype.rate-limit.max-concurrent: must be at most 10000 (more is no limit: set 0 for "
							+ "none), but is 20000"));
	}

	@Test
	void enablingALimiterWithoutALimitSaysWhatToSet() {
		this.runner.withPropertyValues("providers.whisul.api-key=" + KEY, "providers.whisul.rate-limit.enabled=true")
			.run((context) -> {
				assertThat(problems(context)).containsExactly("providers.whisul.rate-limit.enabled: is true, but no "
						+ "limit is set: neither rate-limit.requests nor rate-limit.max-concurrent, here or under "
						+ "providers.defaults.rate-limit, and the provider documents none");
				assertThat(failure(context).getProblems().get(0).action())
					.isEqualTo("Set providers.whisul.rate-limit.requests (and rate-limit.period, 1m by default) or "
							+ "providers.whisul.rate-limit.max-concurrent, or remove rate-limit.enabled.");
			});
	}

	@Test
	void rateLimitIsReservedAndCannotNameAProvider() {
		this.runner
			.withPropertyValues("providers.rate-limit.base-url=https://limits.example.com",
					"providers.rate-limit.api-key=k")
			.run((context) -> {
				assertThat(failure(context).getProblems()).extracting(ConfigurationProblem::property)
					.containsExactlyInAnyOrder("providers.rate-limit.base-url", "providers.rate-limit.api-key");
				ConfigurationProblem problem = failure(context).getProblems().get(0);
				assertThat(problem.problem()).isEqualTo("is not a property of providers.rate-limit: 'rate-limit' holds "
						+ "where rate-limit buckets live (store) and cannot name a provider; a provider's limit is "
						+ "providers.<name>.rate-limit.*, one for every provider providers.defaults.rate-limit.*");
				assertThat(problem.action())
					.isEqualTo("Name the provider differently (such as 'rate-limit-api'), or correct the property's name.");
				assertThat(context).getFailure().satisfies((ex) -> assertThat(ex).isNotNull());
			});
		this.runner.withPropertyValues("providers.rate-limit.requests=100")
			.run((context) -> assertThat(problems(context)).singleElement()
				.satisfies((text) -> assertThat(text).startsWith("providers.rate-limit.requests: is not a property of "
						+ "providers.rate-limit: 'rate-limit' holds where rate-limit buckets live")));
	}

	@Test
	void theStoreIsLocalUnlessSaidOtherwiseAndAnUnknownStoreIsReported() {
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY).run((context) -> {
			assertThat(context.getBean(ActiveProviders.class).rateLimitStore()).isEqualTo(RateLimitStore.LOCAL);
			assertThat(context.getBean(ProviderRateLimiters.class).store()).isEqualTo("local");
		});
		this.runner.withPropertyValues("providers.rate-limit.store=memcached")
			.run((context) -> assertThat(problems(context)).containsExactly(
					"providers.rate-limit.store: cannot be read as RateLimitStore 'memcached'"));
	}

	@Test
	void redisStoreWithoutRedisOnTheClassPathStopsStartupSayingWhatToAdd() {
		this.runner.withClassLoader(new FilteredClassLoader(LettuceConnectionFactory.class, Bucket4jLettuce.class))
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.rate-limit.store=redis")
			.run((context) -> {
				ConfigurationProblem problem = failure(context).getProblems().get(0);
				assertThat(problem.property()).isEqualTo("providers.rate-limit.store");
				assertThat(problem.problem()).isEqualTo("is redis, but Spring Boot's Redis support with Lettuce "
						+ "(org.springframework.boot:spring-boot-starter-data-redis) and Bucket4j's Lettuce module "
						+ "(com.bucket4j:bucket4j_jdk17-lettuce) are not on the class path");
				assertThat(problem.action()).endsWith("or set providers.rate-limit.store=local (each instance then has "
						+ "each provider's whole budget to itself).");
				FailureAnalysis analysis = InvalidProviderConfigurationFailureAnalyzerAccess
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("providers.rate-limit.store: is redis, but");
			});
		this.runner.withClassLoader(new FilteredClassLoader(Bucket4jLettuce.class))
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.rate-limit.store=redis")
			.run((context) -> assertThat(problems(context)).containsExactly("providers.rate-limit.store: is redis, "
					+ "but Bucket4j's Lettuce module (com.bucket4j:bucket4j_jdk17-lettuce) is not on the class path"));
	}

	@Test
	void redisStoreWithoutAConnectionFactoryStopsStartup() {
		String noConnectionFactory = "providers.rate-limit.store: is redis, but the application has no "
				+ "LettuceConnectionFactory bean (one Redis connection factory using Lettuce, Spring Boot's default "
				+ "client)";
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.rate-limit.store=redis")
			.run((context) -> {
				assertThat(problems(context)).containsExactly(noConnectionFactory);
				assertThat(failure(context).getProblems().get(0).action()).startsWith("Let Spring Boot configure Redis");
			});
		// The Redis buckets and pauses are the starter's beans still, and stop startup alike.
		this.runner.withBean(ProviderRateLimiters.class, ProviderRateLimiters::local)
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.rate-limit.store=redis")
			.run((context) -> assertThat(problems(context)).containsExactly(noConnectionFactory));
	}

	@Test
	void withRedisPausesAreSharedThroughRedisUnlessTheApplicationSharesThemItself() throws Exception {
		ApplicationContextRunner redis = this.runner
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.rate-limit.store=redis",
					"spring.data.redis.port=" + LocalRedis.freePort(), "spring.data.redis.connect-timeout=500ms");
		redis.run((context) -> {
			assertThat(context).hasSingleBean(RedisSharedPauses.class);
			assertThat(limiterOf(context).state().pauseSharing()).isNotEqualTo(RateLimitState.PauseSharing.NONE);
		});
		List<String> listened = new CopyOnWriteArrayList<>();
		SharedPauses own = new SharedPauses() {

			@Override
			public void post(String key, RateLimitPause pause) {
			}

			@Override
			public void listen(String key, Consumer<RateLimitPause> listener) {
				listened.add(key);
			}

			@Override
			public boolean available() {
				return true;
			}

		};
		redis.withBean(SharedPauses.class, () -> own).run((context) -> {
			assertThat(context).doesNotHaveBean(RedisSharedPauses.class);
			assertThat(limiterOf(context).state().pauseSharing()).isEqualTo(RateLimitState.PauseSharing.SHARED);
			assertThat(listened).containsExactly(ProviderRateLimiters.KEY_PREFIX + "sunor:"
					+ Credential.of(KEY).fingerprint());
		});
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY).run((context) -> {
			assertThat(context).doesNotHaveBean(SharedPauses.class);
			assertThat(limiterOf(context).state().pauseSharing()).isEqualTo(RateLimitState.PauseSharing.NONE);
		});
	}

	private static RateLimiter limiterOf(AssertableApplicationContext context) {
		return context.getBean(ProviderRuntimes.class).rateLimiters().find("sunor").orElseThrow();
	}

	@Test
	void everyClientOfAProviderDrawsOnOneBudget() {
		provider.stubFor(get("/account/balance").willReturn(okJson("{\"code\":0,\"data\":{\"available\":5}}")));
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + provider.baseUrl(),
					"providers.sunor.rate-limit.requests=6", "providers.sunor.rate-limit.max-wait=100ms")
			.run((context) -> {
				sunor(context).get().uri("/account/balance").retrieve().toBodilessEntity();

				// The typed API is another client of Sunor: its call waits its turn, 10.2 s away (less
				// the time the first call took; a budget of its own would let it go at once).
				assertThatExceptionOfType(RateLimitExceededException.class)
					.isThrownBy(() -> context.getBean(SunorApi.class).getBalance())
					.withMessageMatching("Provider 'sunor': no rate-limit permit within rate-limit\\.max-wait \\(PT0\\.1S\\); "
							+ "a request would have to wait PT([1-9]|10)(\\.\\d+)?S \\(6 requests per PT1M\\)");
				provider.verify(1, getRequestedFor(urlEqualTo("/account/balance")));
			});
	}

	@Test
	void waitsAndRefusalsAreMeasuredPerProvider() {
		provider.stubFor(get("/songs").willReturn(ok("[]")));
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + provider.baseUrl(),
					"providers.sunor.rate-limit.requests=6", "providers.sunor.rate-limit.max-wait=0s")
			.run((context) -> {
				sunor(context).get().uri("/songs").retrieve().toBodilessEntity();
				assertThatExceptionOfType(RateLimitExceededException.class)
					.isThrownBy(() -> sunor(context).get().uri("/songs").retrieve().toBodilessEntity());

				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MicrometerRateLimitObserver.WAIT_METRIC).tag("provider", "sunor").timer().count())
					.isEqualTo(1);
				assertThat(registry.get(MicrometerRateLimitObserver.REFUSED_METRIC).tag("provider", "sunor").counter()
					.count()).isEqualTo(1);
			});
	}

	@Test
	void healthShowsTheBudgetTheProviderReportsAndNeverTheKey() {
		provider.stubFor(get("/account/balance")
			.willReturn(okJson("{\"code\":0,\"data\":{\"available\":5}}").withHeader("X-RateLimit-Remaining", "117")));
		this.runner.withConfiguration(AutoConfigurations.of(ProvidersHealthContributorAutoConfiguration.class))
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + provider.baseUrl(),
					"providers.autype.api-key=ak_" + KEY, "providers.autype.base-url=" + provider.baseUrl(),
					"providers.autype.health.probe-path=")
			.run((context) -> {
				Health sunor = health(context, "sunor");
				@SuppressWarnings("unchecked")
				Map<String, Object> rateLimit = (Map<String, Object>) sunor.getDetails().get("rateLimit");
				// The probe's answer told the budget; it took a permit, so the next is at most a spacing away.
				assertThat(rateLimit).containsEntry("store", "local")
					.containsEntry("requests", 120)
					.containsEntry("period", "PT1M")
					.containsEntry("remaining", 117)
					.containsKey("remainingAt")
					.hasEntrySatisfying("nextPermitInSeconds",
							(seconds) -> assertThat((double) seconds).isBetween(0.0, 0.52));
				@SuppressWarnings("unchecked")
				Map<String, Object> autype = (Map<String, Object>) health(context, "autype").getDetails().get("rateLimit");
				assertThat(autype).containsEntry("maxConcurrent", 5).containsEntry("inFlight", 0)
					.doesNotContainKey("remaining");
				assertThat(sunor.toString() + autype).doesNotContain(KEY).doesNotContain("genmedia:rate-limit");
			});
	}

	@Test
	void aProbeTakesItsPermitOnCreditWithoutWaitingAndTheNextCallWaitsATurnLonger() {
		provider.stubFor(get("/account/balance").willReturn(okJson("{\"code\":0,\"data\":{\"available\":5}}")));
		this.runner.withConfiguration(AutoConfigurations.of(ProvidersHealthContributorAutoConfiguration.class))
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + provider.baseUrl(),
					"providers.sunor.rate-limit.requests=2")
			.run((context) -> {
				sunor(context).get().uri("/account/balance").retrieve().toBodilessEntity();
				long start = System.nanoTime();

				Health health = health(context, "sunor");

				// 2 a minute: the next turn was 30.6 s away, yet the probe ran at once (a busy
				// machine takes seconds, not thirty).
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
				assertThat(health.getDetails()).containsKey("probe");
				provider.verify(2, getRequestedFor(urlEqualTo("/account/balance")));
				@SuppressWarnings("unchecked")
				Map<String, Object> rateLimit = (Map<String, Object>) health.getDetails().get("rateLimit");
				// Two turns away: the probe's permit on credit, then the next caller's.
				assertThat((double) rateLimit.get("nextPermitInSeconds")).isGreaterThan(45.0);
			});
	}

	@Test
	void whileTheProviderDemandsAPauseThereIsNoProbeAndHealthFollowsTraffic() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "20")));
		provider.stubFor(get("/account/balance").willReturn(okJson("{\"code\":0,\"data\":{\"available\":5}}")));
		this.runner.withConfiguration(AutoConfigurations.of(ProvidersHealthContributorAutoConfiguration.class))
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + provider.baseUrl(),
					"providers.sunor.retry.enabled=false")
			.run((context) -> {
				assertThatExceptionOfType(ProviderApiException.class)
					.isThrownBy(() -> sunor(context).get().uri("/songs").retrieve().toBodilessEntity());

				Health health = health(context, "sunor");

				assertThat(health.getDetails()).doesNotContainKey("probe").containsEntry("lastStatus", 429);
				@SuppressWarnings("unchecked")
				Map<String, Object> rateLimit = (Map<String, Object>) health.getDetails().get("rateLimit");
				assertThat((double) rateLimit.get("pausedForSeconds")).isBetween(15.0, 20.0);
				provider.verify(0, getRequestedFor(urlEqualTo("/account/balance")));
			});
	}

	@Test
	void aRetryAfterOfADayPausesTheProviderForMaxPauseOnlyAndHealthSaysItIsOutOfServiceUntilWhenAndWhy() {
		provider.stubFor(get("/songs").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));
		this.runner.withConfiguration(AutoConfigurations.of(ProvidersHealthContributorAutoConfiguration.class))
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=" + provider.baseUrl(),
					"providers.sunor.retry.enabled=false")
			.run((context) -> {
				assertThatExceptionOfType(ProviderApiException.class)
					.isThrownBy(() -> sunor(context).get().uri("/songs").retrieve().toBodilessEntity());

				// Refused at once, for five minutes at most rather than a day.
				assertThatExceptionOfType(RateLimitExceededException.class)
					.isThrownBy(() -> sunor(context).get().uri("/songs").retrieve().toBodilessEntity())
					.satisfies((ex) -> assertThat(ex.getRequiredWait()).isGreaterThan(Duration.ofMinutes(4))
						.isLessThanOrEqualTo(Duration.ofMinutes(5)));
				provider.verify(1, getRequestedFor(urlEqualTo("/songs")));

				Health health = health(context, "sunor");
				assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				@SuppressWarnings("unchecked")
				Map<String, Object> rateLimit = (Map<String, Object>) health.getDetails().get("rateLimit");
				assertThat((double) rateLimit.get("pausedForSeconds")).isBetween(240.0, 300.0);
				Instant until = Instant.parse((String) rateLimit.get("pausedUntil"));
				assertThat(until).isBetween(Instant.now().plus(Duration.ofMinutes(4)),
						Instant.now().plus(Duration.ofMinutes(5)));
				assertThat(health.getDetails()).containsEntry("reason", "calls are refused until " + until
						+ ", a pause longer than rate-limit.max-wait (PT30S): the provider answered 429 with a "
						+ "Retry-After of PT24H, cut to rate-limit.max-pause (PT5M)");
			});
	}

	@Test
	void maxPauseIsSetPerProviderOrForAllAndCheckedAtStartup() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.supertone.api-key=" + KEY,
					"providers.defaults.rate-limit.max-pause=2m", "providers.supertone.rate-limit.max-pause=1h")
			.run((context) -> {
				assertThat(rateLimit(context, "sunor").maxPause()).isEqualTo(Duration.ofMinutes(2));
				assertThat(rateLimit(context, "supertone").maxPause()).isEqualTo(Duration.ofHours(1));
			});
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY)
			.run((context) -> assertThat(rateLimit(context, "sunor").maxPause()).isEqualTo(Duration.ofMinutes(5)));
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.rate-limit.max-pause=2d")
			.run((context) -> assertThat(problems(context)).containsExactly("providers.sunor.rate-limit.max-pause: "
					+ "must be between 1s and 1d (the longest pause a provider's answer may demand), but is PT48H"));
	}

	@Test
	void aBucketKeyNamesTheProviderAndAFingerprintNeverTheKey() {
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY).run((context) -> {
			String key = ProviderRateLimiters
				.key(context.getBean(ActiveProviders.class).find("sunor").orElseThrow().definition());
			assertThat(key).matches("genmedia:rate-limit:sunor:[0-9a-f]{16}").doesNotContain(KEY)
				.doesNotContain("0123456789abcdef");
		});
	}

	private static @Nullable RateLimitSettings rateLimit(AssertableApplicationContext context, String name) {
		assertThat(context).hasNotFailed();
		return context.getBean(ActiveProviders.class).find(name).orElseThrow().definition().rateLimit();
	}

	private static RestClient sunor(AssertableApplicationContext context) {
		return context.getBean(ProviderClients.class).restClient("sunor");
	}

	private static Health health(AssertableApplicationContext context, String name) {
		CompositeHealthContributor providers = context.getBean("providersHealthContributor",
				CompositeHealthContributor.class);
		return ((HealthIndicator) providers.getContributor(name)).health(true);
	}

	private static InvalidProviderConfigurationException failure(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		for (Throwable candidate = context.getStartupFailure(); candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof InvalidProviderConfigurationException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("No InvalidProviderConfigurationException in " + context.getStartupFailure());
	}

	private static List<String> problems(AssertableApplicationContext context) {
		return failure(context).getProblems().stream().map((problem) -> problem.property() + ": " + problem.problem())
			.toList();
	}

	static void sleep(long millis) {
		try {
			TimeUnit.MILLISECONDS.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
