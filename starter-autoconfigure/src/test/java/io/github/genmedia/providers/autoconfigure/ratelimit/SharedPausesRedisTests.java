package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.autoconfigure.ProviderRuntimes;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedis;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedisExtension;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.ratelimit.RateLimitExceededException;
import io.github.genmedia.providers.ratelimit.RateLimiter;
import io.github.genmedia.providers.testsupport.HeldAnswers;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.genmedia.providers.autoconfigure.ratelimit.RedisInstances.health;
import static io.github.genmedia.providers.autoconfigure.ratelimit.RedisInstances.rateLimitHealth;
import static io.github.genmedia.providers.autoconfigure.ratelimit.RedisInstances.sunor;
import static io.github.genmedia.providers.autoconfigure.ratelimit.RedisInstances.withHealth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Three application contexts sharing a real Redis (instances A, B and C) and one key of
 * a provider stand-in that counts requests: one 429 on A holds back the callers B and C
 * had already queued for their turns, until the pause ends.
 * <p>
 * The 429 is held at the stand-in until the callers of B and C wait for their turns in
 * the shared bucket, so that they are queued before the pause exists; the bucket spaces
 * turns two seconds apart (30 a minute), so the first of them is due two seconds after
 * A's request at the earliest.
 */
class SharedPausesRedisTests {

	private static final String KEY = "sk-live-shared-pauses-0123456789";

	private static final String PAUSE_KEY = "genmedia:rate-limit:sunor:" + Credential.of(KEY).fingerprint() + ":pause";

	private static final HeldAnswers held = new HeldAnswers();

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(held))
		.build();

	@RegisterExtension
	static LocalRedisExtension redis = new LocalRedisExtension();

	@BeforeEach
	void emptyRedis() {
		redis.strings().flushall();
		held.hold();
		provider.stubFor(get("/songs").willReturn(ok("[]")));
	}

	private static ApplicationContextRunner instance(String name, int redisPort) {
		return withHealth(RedisInstances.instance(name, redisPort, provider.baseUrl(), KEY)).withPropertyValues(
				"providers.sunor.rate-limit.requests=30", "providers.sunor.rate-limit.period=1m",
				"providers.sunor.retry.enabled=false");
	}

	private static ApplicationContextRunner instance(String name) {
		return instance(name, redis.port());
	}

	@Test
	void a429OnAHoldsBackTheCallersQueuedOnBAndCUntilThePauseEnds() {
		provider.stubFor(get("/busy").willReturn(
				aResponse().withStatus(429).withHeader("Retry-After", "3").withTransformers(HeldAnswers.NAME)));
		instance("a").run((a) -> instance("b").run((b) -> instance("c").run((c) -> {
			CompletableFuture<Object> busy = callHeld(a);
			List<Caller> queued = queue(b, c);

			Instant released = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			held.release();

			assertThat(busy).failsWithin(Duration.ofSeconds(30))
				.withThrowableThat()
				.havingRootCause()
				.isInstanceOf(ProviderApiException.class);
			queued.forEach((caller) -> assertThat(caller.outcome).succeedsWithin(Duration.ofSeconds(30)));
			// By the stand-in's clock: nothing from B or C came within A's Retry-After of the
			// moment its 429 was let go, however long the test took in between.
			assertThat(arrivalsOf("b", "c")).hasSize(2)
				.allSatisfy((arrival) -> assertThat(Duration.between(released, arrival))
					.isGreaterThanOrEqualTo(Duration.ofMillis(2900)));
		})));
	}

	@Test
	void aPauseBeyondMaxWaitRefusesTheCallersQueuedOnBAndCUnsentAndTakesThemOutOfService() {
		provider.stubFor(get("/busy").willReturn(
				aResponse().withStatus(429).withHeader("Retry-After", "60").withTransformers(HeldAnswers.NAME)));
		instance("a").run((a) -> instance("b").run((b) -> instance("c").run((c) -> {
			CompletableFuture<Object> busy = callHeld(a);
			List<Caller> queued = queue(b, c, b, c);

			held.release();

			assertThat(busy).failsWithin(Duration.ofSeconds(30));
			// Each refused when its turn comes: the pause is longer than max-wait (30 s).
			queued.forEach((caller) -> assertThat(caller.outcome).failsWithin(Duration.ofSeconds(60))
				.withThrowableThat()
				.havingRootCause()
				.isInstanceOf(RateLimitExceededException.class));
			assertThat(arrivalsOf("b", "c")).as("requests of B and C the stand-in received").isEmpty();

			// The pause key: the end in epoch milliseconds first, kept as long as the pause lasts.
			String stored = redis.strings().get(PAUSE_KEY);
			Instant until = Instant.ofEpochMilli(Long.parseLong(stored.substring(0, stored.indexOf('|'))));
			assertThat(stored).matches("\\d+\\|TOO_MANY_REQUESTS\\|60000\\|60000\\|[0-9a-f-]{36}");
			assertThat(redis.strings().pttl(PAUSE_KEY)).isPositive().isLessThanOrEqualTo(60_000);
			for (AssertableApplicationContext instance : List.of(b, c)) {
				Health health = health(instance);
				assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				assertThat(health.getDetails()).containsEntry("reason", "calls are refused until " + until
						+ ", a pause longer than rate-limit.max-wait (PT30S): the provider answered 429 with a "
						+ "Retry-After of PT1M");
				assertThat(rateLimitHealth(instance)).containsEntry("sharedPauses", "shared");
			}
			// An instance that starts during the pause reads it from the pause key.
			instance("d").run((d) -> await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(health(d).getStatus()).isEqualTo(Status.OUT_OF_SERVICE)));
		})));
	}

	@Test
	void whenRedisStopsEachInstanceKeepsItsPausesToItselfSaysSoOnceAndInHealth() throws Exception {
		provider.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")));
		Logger logger = (Logger) LoggerFactory.getLogger(RedisSharedPauses.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		LocalRedis own = LocalRedis.start();
		try {
			instance("a", own.port()).run((a) -> instance("b", own.port()).run((b) -> {
				try (RedisClient ownClient = RedisClient.create(own.url());
						StatefulRedisConnection<String, String> ownConnection = ownClient.connect()) {
					await().atMost(Duration.ofSeconds(20))
						.until(() -> ownConnection.sync().pubsubNumsub(RedisSharedPauses.CHANNEL)
							.get(RedisSharedPauses.CHANNEL) == 2);
				}
				own.close();

				assertThatExceptionOfType(ProviderApiException.class)
					.isThrownBy(() -> sunor(a).get().uri("/busy").retrieve().toBodilessEntity());

				// A keeps its pause: its next call is refused, unsent. B, which cannot hear of it,
				// calls the provider on its local bucket.
				assertThatExceptionOfType(RateLimitExceededException.class)
					.isThrownBy(() -> sunor(a).get().uri("/songs").retrieve().toBodilessEntity());
				sunor(b).get().uri("/songs").retrieve().toBodilessEntity();
				assertThat(arrivalsOf("b")).hasSize(1);
				assertThat(arrivalsOf("a")).isEmpty();
				String unavailable = "unavailable (the shared store cannot be reached): a pause the provider demands "
						+ "holds at once only on the instance that learned it";
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
					assertThat(rateLimitHealth(a)).containsEntry("sharedPauses", unavailable);
					assertThat(rateLimitHealth(b)).containsEntry("sharedPauses", unavailable);
				});
				assertThat(health(b).getStatus()).isNotEqualTo(Status.OUT_OF_SERVICE);
			}));
		}
		finally {
			own.close();
			logger.detachAppender(appender);
		}
		// One warning per instance for the outage, naming no host, port or key.
		assertThat(appender.list).hasSize(2).allSatisfy((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage())
				.startsWith("Pauses the providers demand (429, a spent window) cannot be shared through Redis (")
				.endsWith("): each instance keeps the pauses it learns to itself until Redis answers again, and the "
						+ "others wait them out only for their next turn")
				.doesNotContain(String.valueOf(own.port()))
				.doesNotContain(KEY);
		});
	}

	/**
	 * Once the three instances listen on the pauses' channel, call {@code /busy} on one,
	 * and wait until the request reaches the stand-in, which holds its answer.
	 */
	private static CompletableFuture<Object> callHeld(AssertableApplicationContext context) throws Exception {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> redis.strings().pubsubNumsub(RedisSharedPauses.CHANNEL).get(RedisSharedPauses.CHANNEL)
					== 3);
		CompletableFuture<Object> busy = CompletableFuture
			.supplyAsync(() -> sunor(context).get().uri("/busy").retrieve().toBodilessEntity());
		assertThat(held.awaitArrival()).as("the held request reached the stand-in").isTrue();
		return busy;
	}

	/** Start a caller of {@code /songs} on each instance, and wait until each waits for its turn. */
	private static List<Caller> queue(AssertableApplicationContext... instances) {
		List<Caller> callers = Stream.of(instances).map(Caller::new).toList();
		callers.forEach(Caller::awaitQueued);
		return callers;
	}

	/** When the stand-in received each request for {@code /songs} of the given instances. */
	private static List<Instant> arrivalsOf(String... instances) {
		List<String> names = List.of(instances);
		return provider.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals("/songs"))
			.filter((event) -> names.contains(event.getRequest().getHeader("X-Instance")))
			.map((event) -> event.getRequest().getLoggedDate().toInstant())
			.toList();
	}

	/**
	 * A caller of {@code /songs} on its own thread, which the test waits for until it
	 * waits for its turn in the shared bucket.
	 */
	private static final class Caller {

		private final CompletableFuture<Object> outcome = new CompletableFuture<>();

		private final Thread thread;

		Caller(AssertableApplicationContext context) {
			RateLimiter limiter = context.getBean(ProviderRuntimes.class).rateLimiters().find("sunor").orElseThrow();
			// The bucket is reached once before, so that the caller's wait is its turn, not a connection.
			limiter.state();
			this.thread = new Thread(() -> {
				try {
					this.outcome.complete(sunor(context).get().uri("/songs").retrieve().toBodilessEntity());
				}
				catch (RuntimeException ex) {
					this.outcome.completeExceptionally(ex);
				}
			});
			this.thread.setDaemon(true);
			this.thread.start();
		}

		/** Until the thread parks for its turn (Bucket4j's blocking strategy). */
		void awaitQueued() {
			await().atMost(Duration.ofSeconds(20)).until(() -> this.thread.getState() == Thread.State.TIMED_WAITING
					&& List.of(this.thread.getStackTrace())
						.stream()
						.anyMatch((frame) -> frame.getClassName().startsWith("io.github.bucket4j.BlockingStrategy")));
		}

	}

}
