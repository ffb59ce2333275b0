package io.github.genmedia.providers.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.genmedia.providers.scheduling.Bulkheads;
import io.github.genmedia.providers.scheduling.StarterSchedulers;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the poller records in its {@link JobStore} and tells its
 * {@link GenerationJobListener}: the job with its correlation key while it runs, its
 * outcome once, nothing at shutdown (the record stays, for another instance), and the
 * outcome even when the store cannot be reached.
 */
class JobPollerRecordsTest {

	private static final PollingSettings QUICK = new PollingSettings(Duration.ZERO, Duration.ofMillis(20),
			Duration.ofMillis(20), Duration.ofMinutes(5), false);

	private final Map<String, JobRecord> records = new ConcurrentHashMap<>();

	private final Queue<JobOutcome> outcomes = new ConcurrentLinkedQueue<>();

	private volatile boolean storeDown;

	private final JobStore store = new JobStore() {

		@Override
		public void record(JobRecord job) {
			failIfDown();
			JobPollerRecordsTest.this.records.putIfAbsent(job.jobId(), job);
		}

		@Override
		public Optional<JobRecord> forget(String provider, String jobId) {
			failIfDown();
			return Optional.ofNullable(JobPollerRecordsTest.this.records.remove(jobId));
		}

	};

	private void failIfDown() {
		if (this.storeDown) {
			throw new IllegalStateException("store down");
		}
	}

	private JobPoller poller(ThreadPoolTaskScheduler scheduler) {
		return JobPoller.builder()
			.sharedThreads(scheduler, Bulkheads.ofPlatformThreads("test-poll-", 2))
			.store(this.store)
			.listener(this.outcomes::add)
			.build();
	}

	@Test
	void aJobIsRecordedWithItsKeyUntilItsOutcomeWhichIsToldOnce() {
		ThreadPoolTaskScheduler scheduler = StarterSchedulers.platform("test-jobs-", 1);
		try (JobPoller poller = poller(scheduler)) {
			StandInTracker<String> tracker = new StandInTracker<>("stand-in",
					(id) -> this.records.containsKey(id) ? new JobStatus.Succeeded<>("done " + id)
							: new JobStatus.Running<>("not recorded", null));
			GenerationJob<String> job = JobCorrelation.with("order-7",
					() -> poller.submit(tracker, () -> "job-1", QUICK));
			assertThat(job.await()).as("recorded while it ran").isEqualTo("done job-1");
			await().atMost(Duration.ofSeconds(5)).until(() -> this.outcomes.size() == 1);
			assertThat(this.outcomes).containsExactly(new JobOutcome("stand-in", "job-1", "order-7", "done job-1", null));
			assertThat(this.records).isEmpty();
		}
		finally {
			scheduler.shutdown();
		}
	}

	@Test
	void jobsLeftAtShutdownKeepTheirRecordAndAreNotTold() {
		ThreadPoolTaskScheduler scheduler = StarterSchedulers.platform("test-jobs-", 1);
		try {
			JobPoller poller = poller(scheduler);
			poller.submit(new StandInTracker<String>("stand-in", (id) -> new JobStatus.Running<>("running", null)),
					() -> "job-2", QUICK);
			poller.close();
			assertThat(this.records).containsOnlyKeys("job-2");
			assertThat(List.copyOf(this.outcomes)).isEmpty();
		}
		finally {
			scheduler.shutdown();
		}
	}

	@Test
	void anOutcomeIsToldWhenTheStoreCannotBeReached() {
		ThreadPoolTaskScheduler scheduler = StarterSchedulers.platform("test-jobs-", 1);
		this.storeDown = true;
		try (JobPoller poller = poller(scheduler)) {
			GenerationJob<String> job = JobCorrelation.with("order-8", () -> poller
				.submit(new StandInTracker<String>("stand-in", (id) -> new JobStatus.Succeeded<>("done")), () -> "job-3",
						QUICK));
			job.await();
			await().atMost(Duration.ofSeconds(5)).until(() -> this.outcomes.size() == 1);
			assertThat(this.outcomes.peek().correlationKey()).isEqualTo("order-8");
		}
		finally {
			scheduler.shutdown();
		}
	}

}
