package io.github.genmedia.providers.job;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.scheduling.Bulkheads;
import io.github.genmedia.providers.scheduling.StarterSchedulers;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * What {@link JobPoller#builder()} makes: a poller of its own threads that records its
 * jobs in the given store and tells their outcomes, a poller on shared threads that
 * leaves the scheduler it does not own running, and a clear refusal of no poll threads.
 */
class JobPollerBuilderTest {

	private static final PollingSettings QUICK = new PollingSettings(Duration.ZERO, Duration.ofMillis(20),
			Duration.ofMillis(20), Duration.ofMinutes(5), false);

	private final Map<String, JobRecord> records = new ConcurrentHashMap<>();

	private final Queue<JobOutcome> outcomes = new ConcurrentLinkedQueue<>();

	private final JobStore store = new JobStore() {

		@Override
		public void record(JobRecord job) {
			JobPollerBuilderTest.this.records.put(job.jobId(), job);
		}

		@Override
		public Optional<JobRecord> forget(String provider, String jobId) {
			return Optional.ofNullable(JobPollerBuilderTest.this.records.remove(jobId));
		}

	};

	@Test
	void aPollerOfItsOwnThreadsRecordsItsJobsInTheStoreAndTellsTheirOutcomes() {
		try (JobPoller poller = JobPoller.builder()
			.ownThreads(1)
			.store(this.store)
			.listener(this.outcomes::add)
			.build()) {
			StandInTracker<String> tracker = new StandInTracker<>("stand-in",
					(id) -> this.records.containsKey(id) ? new JobStatus.Succeeded<>("done " + id)
							: new JobStatus.Running<>("not recorded", null));
			GenerationJob<String> job = poller.watch(tracker, "job-1", QUICK);
			assertThat(job.await()).as("recorded while it ran").isEqualTo("done job-1");
			await().atMost(Duration.ofSeconds(5)).until(() -> this.outcomes.size() == 1);
			assertThat(this.outcomes).containsExactly(new JobOutcome("stand-in", "job-1", null, "done job-1", null));
			assertThat(this.records).isEmpty();
		}
	}

	@Test
	void closingAPollerOnSharedThreadsLeavesTheSchedulerRunning() throws InterruptedException {
		ThreadPoolTaskScheduler scheduler = StarterSchedulers.platform("test-jobs-", 1);
		try {
			JobPoller.builder().sharedThreads(scheduler, Bulkheads.ofPlatformThreads("test-poll-", 1)).build().close();
			CountDownLatch ran = new CountDownLatch(1);
			scheduler.schedule(ran::countDown, scheduler.getClock().instant());
			assertThat(ran.await(10, TimeUnit.SECONDS)).as("the application's scheduler still runs").isTrue();
		}
		finally {
			scheduler.shutdown();
		}
	}

	@Test
	void noPollThreadsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> JobPoller.builder().ownThreads(0))
			.withMessage("Poll threads must be at least 1, not 0");
	}

}
