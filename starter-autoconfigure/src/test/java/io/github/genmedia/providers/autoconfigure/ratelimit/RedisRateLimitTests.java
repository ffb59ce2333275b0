package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.autoconfigure.ProviderRuntimes;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedis;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedisExtension;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.ratelimit.Bucket4jRateLimiter;
import io.github.genmedia.providers.ratelimit.RateLimitExceededException;
import io.github.genmedia.providers.ratelimit.RateLimitState;
import io.github.genmedia.providers.ratelimit.RateLimiter;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.genmedia.providers.autoconfigure.ratelimit.RedisInstances.health;
import static io.github.genmedia.providers.autoconfigure.ratelimit.RedisInstances.rateLimitHealth;
import static io.github.genmedia.providers.autoconfigure.ratelimit.RedisInstances.sunor;
import static io.github.genmedia.providers.autoconfigure.ratelimit.RedisInstances.withHealth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Buckets shared through a real Redis ({@code redis-server} started on a free loopback
 * port): application contexts that share the Redis and the key stay together within the
 * provider's limit, as a stand-in that counts requests per second sees it.
 */
class RedisRateLimitTests {

	private static final String KEY = "sk-live-shared-0123456789";

	/** The stand-in's limit: 10 requests per second and key. */
	private static final int LIMIT = 10;

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static LocalRedisExtension redis = new LocalRedisExtension();

	@BeforeEach
	void emptyRedis() {
		redis.binary().flushall();
		provider.stubFor(get("/songs").willReturn(ok("[]")));
	}

	private ApplicationContextRunner instance(String name) {
		return RedisInstances.instance(name, redis.port(), provider.baseUrl(), KEY)
			.withPropertyValues("providers.sunor.rate-limit.requests=" + LIMIT, "providers.sunor.rate-limit.period=1s");
	}

	@Test
	void twoInstancesSharingOneRedisStayTogetherWithinTheLimit() {
		instance("a").run((a) -> instance("b").run((b) -> {
			assertThat(a.getBean(ProviderRateLimiters.class).store()).isEqualTo("redis");
			push(Duration.ofSeconds(3), sunor(a), sunor(b));

			List<ServeEvent> events = provider.getAllServeEvents();
			// Permitted 102 ms apart; on a loaded machine (stress --cpu 4 on two cores) a few
			// arrivals lag into their neighbours' second, so the busiest sliding second of
			// arrivals may hold a few more. Local buckets give twice the limit (the next test).
			assertThat(mostInAnySecond(events)).as("requests the stand-in saw in its busiest second")
				.isLessThanOrEqualTo(LIMIT + 3);
			// Together they use the limit, at the 98% the limiter aims for; lagging first or
			// last arrivals shorten or stretch the span a little.
			assertThat(perSecond(events)).isBetween(8.0, 11.5);
			Map<String, Long> served = events.stream()
				.collect(Collectors.groupingBy((event) -> event.getRequest().getHeader("X-Instance"),
						Collectors.counting()));
			assertThat(served.get("a")).as("instance a's share of %s", served).isGreaterThanOrEqualTo(events.size() / 5);
			assertThat(served.get("b")).as("instance b's share of %s", served).isGreaterThanOrEqualTo(events.size() / 5);
			// One bucket, named by provider and fingerprint, never by the key.
			String fingerprint = Credential.of(KEY).fingerprint();
			assertThat(redis.binary().keys("*")).containsExactly("genmedia:rate-limit:sunor:" + fingerprint);
		}));
	}

	@Test
	void withLocalBucketsEachInstanceHasTheWholeBudget() {
		instance("a").withPropertyValues("providers.rate-limit.store=local")
			.run((a) -> instance("b").withPropertyValues("providers.rate-limit.store=local").run((b) -> {
				push(Duration.ofSeconds(2), sunor(a), sunor(b));

				assertThat(mostInAnySecond(provider.getAllServeEvents())).isGreaterThan(LIMIT + 5);
				assertThat(redis.binary().keys("*")).isEmpty();
			}));
	}

	@Test
	void a429ForOneInstancePausesTheOther() {
		provider.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
		instance("a").withPropertyValues("providers.sunor.retry.enabled=false", "providers.sunor.rate-limit.requests=600",
				"providers.sunor.rate-limit.period=1m").run((a) -> instance("b")
					.withPropertyValues("providers.sunor.rate-limit.requests=600", "providers.sunor.rate-limit.period=1m")
					.run((b) -> {
						assertThatExceptionOfType(ProviderApiException.class)
							.isThrownBy(() -> sunor(a).get().uri("/busy").retrieve().toBodilessEntity());

						sunor(b).get().uri("/songs").retrieve().toBodilessEntity();

						// By the stand-in's clock: b's request arrived a Retry-After after the 429
						// was asked for, however long the test itself took in between.
						assertThat(Duration.between(arrival("/busy"), arrival("/songs")))
							.isGreaterThanOrEqualTo(Duration.ofMillis(900));
					}));
	}

	@Test
	void aPauseOfADayIsKeptInRedisForMaxPauseAtMostSoAFreshInstanceWaitsMinutesNotADay() {
		provider.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));
		String[] sunorsLimit = { "providers.sunor.rate-limit.requests=120", "providers.sunor.rate-limit.period=1m" };
		instance("a").withPropertyValues(sunorsLimit).withPropertyValues("providers.sunor.retry.enabled=false")
			.run((a) -> assertThatExceptionOfType(ProviderApiException.class)
				.isThrownBy(() -> sunor(a).get().uri("/busy").retrieve().toBodilessEntity()));

		// The bucket expires a minute after it would be full again: five minutes of debt, not a day.
		String bucket = "genmedia:rate-limit:sunor:" + Credential.of(KEY).fingerprint();
		assertThat(Duration.ofMillis(redis.binary().pttl(bucket))).isPositive()
			.isLessThanOrEqualTo(Duration.ofMinutes(5).plusSeconds(LettuceProxyManagers.KEEP_SECONDS));
		instance("b").withPropertyValues(sunorsLimit).run((b) -> {
			assertThatExceptionOfType(RateLimitExceededException.class)
				.isThrownBy(() -> sunor(b).get().uri("/songs").retrieve().toBodilessEntity())
				.satisfies((ex) -> assertThat(ex.getRequiredWait()).isGreaterThan(Duration.ofMinutes(4))
					.isLessThanOrEqualTo(Duration.ofMinutes(5)));
			provider.verify(0, getRequestedFor(urlEqualTo("/songs")));
		});
	}

	@Test
	void anInstanceConfiguredOtherwiseShowsTheLimitInForceAndWarnsOnceNamingBoth() {
		Logger logger = (Logger) LoggerFactory.getLogger("io.github.genmedia.providers.ratelimit.LimitInForce");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			// The first instance creates the bucket with its 10 a second; the second configured 5.
			withHealth(instance("a")).run((a) -> {
				sunor(a).get().uri("/songs").retrieve().toBodilessEntity();
				withHealth(instance("b")).withPropertyValues("providers.sunor.rate-limit.requests=5").run((b) -> {
					for (int i = 0; i < 3; i++) {
						sunor(b).get().uri("/songs").retrieve().toBodilessEntity();
						health(b);
					}

					Map<String, Object> second = rateLimitHealth(b);
					assertThat(second).containsEntry("store", "shared")
						.containsEntry("requests", LIMIT)
						.containsEntry("period", "PT1S")
						.containsEntry("configured", Map.of("requests", 5, "period", "PT1S"))
						.containsEntry("limitMismatch", "the shared bucket keeps the limit of the instance that "
								+ "created it, not this instance's; configure the same rate-limit on every instance "
								+ "sharing the store (a changed limit applies once the bucket has expired)");
					assertThat(rateLimitHealth(a)).containsEntry("requests", LIMIT)
						.doesNotContainKeys("configured", "limitMismatch");
					assertThat(health(b).getStatus()).isEqualTo(health(a).getStatus());
				});
			});
		}
		finally {
			logger.detachAppender(appender);
		}
		assertThat(appender.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).isEqualTo("Provider 'sunor': the shared rate-limit bucket keeps "
					+ "10 requests per PT1S, set by the instance that created it, not this instance's 5 requests per "
					+ "PT1S; every instance draws on the bucket's limit. Configure the same rate-limit on every "
					+ "instance sharing the store: a changed limit applies once the bucket has expired");
			assertThat(event.getFormattedMessage()).doesNotContain(KEY)
				.doesNotContain(Credential.of(KEY).fingerprint());
		});
	}

	@Test
	void anInterruptedWaitEndsWithInterruptedExceptionInsteadOfFallingBack() throws Exception {
		ProxyManager<String> store = Bucket4jLettuce.casBasedBuilder(redis.binaryConnection()).build();
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.shared("sunor", RateLimitSettings.of(1, Duration.ofMinutes(1)),
				store, "genmedia:rate-limit:sunor:0123456789abcdef");
		limiter.acquire(Duration.ZERO).release();
		Logger logger = (Logger) LoggerFactory.getLogger("io.github.genmedia.providers.ratelimit.Buckets");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		CompletableFuture<String> outcome = new CompletableFuture<>();
		try {
			// Redis holds every command for 5 s, so the caller is interrupted while it waits for Redis.
			redis.binary().clientPause(5000);
			Thread caller = new Thread(() -> {
				try {
					limiter.acquire(Duration.ofSeconds(30));
					outcome.complete("a permit");
				}
				catch (Exception ex) {
					outcome.complete(ex.getClass().getSimpleName() + ": " + ex.getMessage() + ", interrupted: "
							+ Thread.currentThread().isInterrupted());
				}
			});
			caller.start();
			// Interrupted once it waits (for Redis), however long it took to get there.
			await().atMost(Duration.ofSeconds(4))
				.until(() -> caller.getState() == Thread.State.WAITING
						|| caller.getState() == Thread.State.TIMED_WAITING);
			caller.interrupt();

			assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("InterruptedException: Interrupted while asking "
					+ "the shared rate-limit bucket of provider 'sunor', interrupted: true");
		}
		finally {
			logger.detachAppender(appender);
		}
		assertThat(appender.list).as("an interrupt is no outage of Redis: no warning").isEmpty();
		// Redis does not rest: the next call still meets the shared bucket, which is empty.
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> limiter.acquire(Duration.ZERO));
	}

	@Test
	void theApplicationsOwnProxyManagerKeepsTheBucketsOnlyWhenChosen() {
		ProxyManager<String> own = Bucket4jLettuce.casBasedBuilder(redis.binaryConnection()).build();
		instance("a").withPropertyValues("providers.rate-limit.store=local")
			.withBean(ProxyManager.class, () -> own)
			.run((a) -> {
				assertThat(a.getBean(ProviderRateLimiters.class).store()).isEqualTo("local");
				sunor(a).get().uri("/songs").retrieve().toBodilessEntity();

				assertThat(redis.binary().keys("genmedia:rate-limit:sunor:*")).isEmpty();
			});
		instance("a").withPropertyValues("providers.rate-limit.store=proxy-manager")
			.withBean(ProxyManager.class, () -> own)
			.run((a) -> {
				assertThat(a.getBean(ProviderRateLimiters.class).store()).isEqualTo("proxy-manager");
				sunor(a).get().uri("/songs").retrieve().toBodilessEntity();

				assertThat(redis.binary().keys("genmedia:rate-limit:sunor:*")).hasSize(1);
			});
		instance("a").withPropertyValues("providers.rate-limit.store=proxy-manager")
			.run((a) -> assertThat(a).getFailure()
				.hasMessageContaining("providers.rate-limit.store: is proxy-manager, but the application has no single "
						+ "Bucket4j ProxyManager<String> bean"));
	}

	@Test
	void afterTheContextStopsAndStartsAgainTheBucketIsSharedThroughTheNewConnection() {
		// As around a checkpoint and restore: stopping closes the starter's Redis connections.
		instance("a").run((a) -> {
			RestClient sunor = sunor(a);
			sunor.get().uri("/songs").retrieve().toBodilessEntity();
			RateLimiter limiter = a.getBean(ProviderRuntimes.class).rateLimiters().find("sunor").orElseThrow();
			assertThat(redis.binary().keys("genmedia:rate-limit:sunor:*")).hasSize(1);

			a.stop();
			a.start();
			redis.binary().flushall();
			// The bucket made before reached Redis on the closed connection: the calls go to a
			// local bucket while the store rests (10 s), then a new shared bucket reaches Redis.
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> {
					sunor.get().uri("/songs").retrieve().toBodilessEntity();
					assertThat(redis.binary().keys("genmedia:rate-limit:sunor:*")).hasSize(1);
				});
			assertThat(limiter.state().onFallback()).isFalse();
		});
	}

	@Test
	void aRedisThatCannotBeReachedLeavesCallsToLocalBuckets() throws Exception {
		// Nothing listens on the port: each instance falls back on a local bucket, with a warning.
		int port = LocalRedis.freePort();
		instance("a").withPropertyValues("spring.data.redis.port=" + port, "spring.data.redis.connect-timeout=500ms")
			.run((a) -> {
				assertThat(a).hasNotFailed();
				for (int i = 0; i < 3; i++) {
					sunor(a).get().uri("/songs").retrieve().toBodilessEntity();
				}
				assertThat(provider.getAllServeEvents()).hasSize(3);
				// Health says which bucket limits the calls now.
				RateLimitState state = a.getBean(ProviderRuntimes.class).rateLimiters().find("sunor")
					.orElseThrow().state();
				assertThat(state.shared()).isTrue();
				assertThat(state.onFallback()).isTrue();
			});
	}

	@Test
	void aRedisThatAcceptsButNeverAnswersHoldsTheFirstCallsAtMostTwoSeconds() throws Exception {
		// A listening socket nobody reads: Lettuce's connect would wait spring.data.redis.timeout for the handshake.
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			instance("a").withPropertyValues("spring.data.redis.port=" + silent.getLocalPort(),
					"spring.data.redis.timeout=60s", "providers.sunor.rate-limit.max-wait=0s")
				.run((a) -> {
					ExecutorService threads = Executors.newFixedThreadPool(3);
					try {
						long start = System.nanoTime();
						List<Future<?>> calls = new ArrayList<>();
						for (int i = 0; i < 3; i++) {
							calls.add(threads.submit(() -> sunor(a).get().uri("/songs").retrieve().toBodilessEntity()));
						}
						for (Future<?> call : calls) {
							try {
								call.get(30, TimeUnit.SECONDS);
							}
							catch (java.util.concurrent.ExecutionException ex) {
								// Refused for the local bucket's turn: the point is how long it took.
								assertThat(ex.getCause()).isInstanceOf(RateLimitExceededException.class);
							}
						}
						assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
					}
					finally {
						threads.shutdownNow();
					}
				});
		}
	}

	/** When the stand-in received the one request to a path. */
	private static Instant arrival(String path) {
		return provider.getAllServeEvents().stream()
			.filter((event) -> event.getRequest().getUrl().equals(path))
			.map((event) -> event.getRequest().getLoggedDate().toInstant())
			.collect(Collectors.collectingAndThen(Collectors.toList(), (arrivals) -> {
				assertThat(arrivals).as("requests to " + path).hasSize(1);
				return arrivals.get(0);
			}));
	}

	/**
	 * Every instance calls from four threads as fast as its permits allow, for the given
	 * time; returns the requests each instance had answered. Each instance calls once
	 * first and the stand-in forgets those: a cold HTTP client holds its first requests
	 * back for a while after their permits and then sends them together, which says
	 * nothing about the limit.
	 */
	private static void push(Duration time, RestClient a, RestClient b) {
		a.get().uri("/songs").retrieve().toBodilessEntity();
		b.get().uri("/songs").retrieve().toBodilessEntity();
		ProviderRateLimitAutoConfigurationTests.sleep(1100);
		provider.resetRequests();
		long deadline = System.nanoTime() + time.toNanos();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> callers = new ArrayList<>();
			for (RestClient client : List.of(a, b)) {
				for (int i = 0; i < 4; i++) {
					callers.add(threads.submit(() -> {
						while (System.nanoTime() < deadline) {
							client.get().uri("/songs").retrieve().toBodilessEntity();
						}
					}));
				}
			}
			for (Future<?> caller : callers) {
				caller.get(30, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** The requests per second the stand-in received, from the first to the last. */
	private static double perSecond(List<ServeEvent> events) {
		List<Long> times = events.stream().map((event) -> event.getRequest().getLoggedDate().getTime()).sorted().toList();
		return (times.size() - 1) * 1000.0 / (times.get(times.size() - 1) - times.get(0));
	}

	/** The most requests the stand-in received within any second, sliding. */
	private static long mostInAnySecond(List<ServeEvent> events) {
		List<Long> times = events.stream()
			.filter((event) -> event.getRequest().getUrl().equals("/songs"))
			.map((event) -> event.getRequest().getLoggedDate().getTime())
			.sorted()
			.collect(Collectors.toList());
		long most = 0;
		for (int first = 0; first < times.size(); first++) {
			long start = times.get(first);
			most = Math.max(most, times.stream().filter((at) -> at >= start && at < start + 1000).count());
		}
		return most;
	}

}
