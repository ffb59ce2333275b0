package io.github.genmedia.providers.autoconfigure.job.redis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.job.ProviderJobsAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.job.redis.SunorStandIn.Poll;
import io.github.genmedia.providers.autoconfigure.redis.LocalRedis;
import io.github.genmedia.providers.autoconfigure.service.ProviderHttpServicesAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.threads.StarterThreads;
import io.github.genmedia.providers.job.GenerationJobListener;
import io.github.genmedia.providers.job.JobCorrelation;
import io.github.genmedia.providers.job.JobOutcome;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Jobs recorded in a real Redis ({@code redis-server} on a free loopback port) by
 * several application contexts in one JVM: the jobs of an instance that shuts down, or
 * stops renewing its lease, are completed by another, each outcome told once, and no job
 * polled by two instances at once, as a Sunor stand-in that counts polls sees it.
 */
class RedisJobsTests {

	private static final int JOBS = 20;

	private static LocalRedis redis;

	private static RedisClient client;

	private static StatefulRedisConnection<String, String> connection;

	private SunorStandIn sunor;

	private final Queue<String> outcomes = new ConcurrentLinkedQueue<>();

	@BeforeAll
	static void startRedis() throws Exception {
		redis = LocalRedis.start();
		client = RedisClient.create(redis.url());
		connection = client.connect();
	}

	@AfterAll
	static void stopRedis() {
		if (connection != null) {
			connection.close();
			client.shutdown();
		}
		if (redis != null) {
			redis.close();
		}
	}

	@BeforeEach
	void start() throws Exception {
		connection.sync().flushall();
		this.sunor = new SunorStandIn();
	}

	@AfterEach
	void stop() {
		this.sunor.close();
	}

	private ApplicationContextRunner instance(String name, String... properties) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					DataRedisAutoConfiguration.class, ProvidersAutoConfiguration.class,
					ProviderHttpServicesAutoConfiguration.class, HttpServiceClientPropertiesAutoConfiguration.class,
					HttpServiceClientAutoConfiguration.class, ProviderJobsAutoConfiguration.class,
					RedisJobStoreAutoConfiguration.class))
			.withBean("outcomes", GenerationJobListener.class, () -> (outcome) -> this.outcomes.add(told(name, outcome)))
			.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
					"providers.jobs.store=redis", "providers.sunor.api-key=sk-sunor-0123456789",
					"providers.sunor.base-url=" + this.sunor.baseUrl(), "providers.sunor.rate-limit.enabled=false",
					"providers.sunor.default-headers.X-Instance=" + name, "providers.sunor.jobs.first-poll=100ms",
					"providers.sunor.jobs.interval=200ms", "providers.sunor.jobs.deadline=10m")
			.withPropertyValues(properties);
	}

	private static String told(String instance, JobOutcome outcome) {
		String result = (outcome.result() instanceof SunorTask task) ? task.status().toString() : "-";
		return outcome.jobId() + " " + outcome.correlationKey() + " " + result + " by " + instance;
	}

	@Test
	void jobsOfAnInstanceThatShutsDownAreCompletedByAnotherEachToldOnce() {
		instance("a").run((a) -> instance("b").run((b) -> {
			submitTwenty(a);
			a.close();
			await().atMost(Duration.ofSeconds(30)).until(() -> polledByEveryJob("b"));
			this.sunor.finishAll();
			await().atMost(Duration.ofSeconds(30)).until(() -> this.outcomes.size() >= JOBS);
			assertEachToldOnceBy("b");
		}));
	}

	@Test
	void jobsOfAnInstanceThatStopsRenewingItsLeaseAreTakenOverOnceItLapses() {
		String[] shortLease = { "providers.jobs.lease-duration=2s" };
		instance("a", shortLease).run((a) -> instance("b", shortLease).run((b) -> {
			submitTwenty(a);
			// Frozen: its timers and polls stop, its lease is no longer renewed nor released.
			a.getBean(StarterThreads.class).destroy();
			await().atMost(Duration.ofSeconds(30)).until(() -> polledByEveryJob("b"));
			this.sunor.finishAll();
			await().atMost(Duration.ofSeconds(30)).until(() -> this.outcomes.size() >= JOBS);
			assertEachToldOnceBy("b");
			assertThat(connection.sync().keys("{genmedia:jobs}:job:*")).as("records ended at the outcome").isEmpty();
		}));
	}

	private void submitTwenty(AssertableApplicationContext a) {
		assertThat(a).hasNotFailed();
		SunorJobs jobs = a.getBean(SunorJobs.class);
		IntStream.rangeClosed(1, JOBS)
			.forEach((i) -> JobCorrelation.with("order-" + i, () -> jobs.createTask(SunorTaskRequest.sunoLyrics("sea"))));
		await().atMost(Duration.ofSeconds(30)).until(() -> polledByEveryJob("a"));
		assertThat(a.getBean(JobPoller.class).inFlight("sunor")).isEqualTo(JOBS);
	}

	private boolean polledByEveryJob(String instance) {
		return this.sunor.polls()
			.stream()
			.filter((poll) -> poll.instance().equals(instance))
			.map(Poll::taskId)
			.distinct()
			.count() == JOBS;
	}

	private void assertEachToldOnceBy(String instance) {
		assertThat(this.outcomes).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, JOBS)
			.mapToObj((i) -> "t-" + i + " order-" + i + " SUCCESS by " + instance)
			.toList());
		assertThat(this.sunor.overlaps()).as("polls of one job under way at once").isZero();
		Map<String, List<String>> pollers = this.sunor.polls()
			.stream()
			.collect(Collectors.groupingBy(Poll::taskId, Collectors.mapping(Poll::instance, Collectors.toList())));
		assertThat(pollers).hasSize(JOBS);
		pollers.forEach((task, instances) -> assertThat(String.join("", instances)).as("who polled " + task + ", in order")
			.matches("a+b+"));
	}

}
