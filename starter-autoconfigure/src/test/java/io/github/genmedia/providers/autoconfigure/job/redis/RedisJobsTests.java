package io.github.genmedia.providers.autoconfigure.job.redis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.genmedia.providers.autoconfigure.job.redis.SunorStandIn.Poll;
import io.github.genmedia.providers.autoconfigure.threads.StarterThreads;
import io.github.genmedia.providers.job.GenerationJobListener;
import io.github.genmedia.providers.job.JobCorrelation;
import io.github.genmedia.providers.job.JobOutcome;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

	@RegisterExtension
	static RedisFleet fleet = new RedisFleet();

	private SunorStandIn sunor;

	private final Queue<String> outcomes = new ConcurrentLinkedQueue<>();

	@BeforeEach
	void start() throws Exception {
		fleet.redis().flushall();
		this.sunor = new SunorStandIn();
	}

	@AfterEach
	void stop() {
		this.sunor.close();
	}

	private ApplicationContextRunner instance(String name, String... properties) {
		return fleet.instance()
			.withBean("outcomes", GenerationJobListener.class, () -> (outcome) -> this.outcomes.add(told(name, outcome)))
			.withPropertyValues("providers.sunor.api-key=sk-sunor-0123456789",
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
		// A lease far longer than the test: only the shutdown's announcement can hand the jobs over.
		String[] longLease = { "providers.jobs.lease-duration=10m" };
		instance("a", longLease).run((a) -> instance("b", longLease).run((b) -> {
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
			assertThat(fleet.redis().keys("{genmedia:jobs}:job:*")).as("records ended at the outcome").isEmpty();
		}));
	}

	private void submitTwenty(AssertableApplicationContext a) {
		assertThat(a).hasNotFailed();
		SunorJobs jobs = a.getBean(SunorJobs.class);
		IntStream.rangeClosed(1, JOBS)
			.forEach((i) -> JobCorrelation.with("order-" + i, () -> jobs.createTask(SunorTaskRequest.sunoLyrics("sea"))));
		await().atMost(Duration.ofSeconds(30)).until(() -> polledByEveryJob("a"));
		assertThat(a.getBean(JobPoller.class).inFlight("sunor")).isEqualTo(JOBS);
		assertThat(a.getBean(JobPoller.class).storeName()).isEqualTo("redis");
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
