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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outcome of a job whose deadline passes is reached on the scheduler's one timer
 * thread; ending its record (a Redis round trip) and telling the listener happen in the
 * provider's poll lane, so that a slow store or listener never holds the timers of every
 * other job. An outcome the closing poller's lanes did not take is still ended and told,
 * once.
 */
class JobPollerDeadlineOutcomeTest {

	/** Polled at once when resumed, then not before the deadline ends the job. */
	private static final PollingSettings SHORT_DEADLINE = new PollingSettings(Duration.ZERO, Duration.ofMinutes(1),
			Duration.ofMinutes(1), Duration.ofMillis(200), false);

	private static final PollingSettings LONG_DEADLINE = new PollingSettings(Duration.ZERO, Duration.ofMinutes(1),
			Duration.ofMinutes(1), Duration.ofMinutes(5), false);

	private final ThreadPoolTaskScheduler scheduler = StarterSchedulers.platform("test-jobs-", 1);

	private final Map<String, JobRecord> records = new ConcurrentHashMap<>();

	private final Queue<JobOutcome> outcomes = new ConcurrentLinkedQueue<>();

	private final Queue<String> forgetThreads = new ConcurrentLinkedQueue<>();

	/** Held open by a test to make the store slow, as a Redis that does not answer. */
	private final CountDownLatch storeAnswers = new CountDownLatch(1);

	private final CountDownLatch forgetting = new CountDownLatch(1);

	private volatile boolean storeSlow;

	/** Released at the end: until then the stand-in provider's poll does not answer. */
	private final CountDownLatch providerAnswers = new CountDownLatch(1);

	private final CountDownLatch polling = new CountDownLatch(1);

	private final JobStore store = new JobStore() {

		@Override
		public void record(JobRecord job) {
			JobPollerDeadlineOutcomeTest.this.records.put(job.jobId(), job);
		}

		@Override
		public Optional<JobRecord> forget(String provider, String jobId) {
			JobPollerDeadlineOutcomeTest.this.forgetThreads.add(Thread.currentThread().getName());
			JobPollerDeadlineOutcomeTest.this.forgetting.countDown();
			if (JobPollerDeadlineOutcomeTest.this.storeSlow) {
				awaitUninterruptibly(JobPollerDeadlineOutcomeTest.this.storeAnswers);
			}
			return Optional.ofNullable(JobPollerDeadlineOutcomeTest.this.records.remove(jobId));
		}

	};

	/** A provider whose poll hangs, so that only the deadline can end its job. */
	private final StandInTracker<String> hanging = new StandInTracker<>("stand-in", (id) -> {
		this.polling.countDown();
		try {
			this.providerAnswers.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new JobStatus.Running<>("running", null);
	});

	@AfterEach
	void release() {
		this.storeAnswers.countDown();
		this.providerAnswers.countDown();
		this.scheduler.shutdown();
	}

	@Test
	void aDeadlineWhoseRecordIsSlowToEndDoesNotHoldTheScheduler() throws InterruptedException {
		this.storeSlow = true;
		try (JobPoller poller = poller(2, JobObserver.NONE)) {
			poller.resume(this.hanging, "job-1", SHORT_DEADLINE);
			assertThat(this.forgetting.await(10, TimeUnit.SECONDS)).as("the deadline ended the job").isTrue();

			CountDownLatch timerRan = new CountDownLatch(1);
			this.scheduler.schedule(timerRan::countDown, this.scheduler.getClock().instant());

			assertThat(timerRan.await(10, TimeUnit.SECONDS)).as("the scheduler runs other timers while the store is slow")
				.isTrue();
			assertThat(this.forgetThreads).singleElement().asString().startsWith("test-poll-stand-in-");
			this.storeAnswers.countDown();
			await().atMost(Duration.ofSeconds(10)).until(() -> this.outcomes.size() == 1);
			assertThat(this.outcomes.peek().failure()).isInstanceOf(JobDeadlineExceededException.class);
		}
	}

	@Test
	void anOutcomeLeftInALaneAtCloseIsEndedAndToldOnceAndAJobCancelledByCloseKeepsItsRecord() throws Exception {
		JobPoller poller = poller(1, JobObserver.NONE);
		GenerationJob<String> expiring = poller.resume(this.hanging, "job-1", SHORT_DEADLINE);
		poller.resume(new StandInTracker<String>("other", (id) -> new JobStatus.Running<>("running", null)), "job-2",
				LONG_DEADLINE);
		assertThat(this.polling.await(10, TimeUnit.SECONDS)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> expiring.future().isDone());
		timersRan();
		// The stand-in provider's one poll thread still waits for its answer: the outcome waits behind it.
		assertThat(this.outcomes).isEmpty();
		assertThat(this.records).containsOnlyKeys("job-1", "job-2");

		poller.close();

		assertThat(this.outcomes).singleElement().satisfies((outcome) -> {
			assertThat(outcome.jobId()).isEqualTo("job-1");
			assertThat(outcome.failure()).isInstanceOf(JobDeadlineExceededException.class);
		});
		assertThat(this.forgetThreads).singleElement().isEqualTo(Thread.currentThread().getName());
		assertThat(this.records).as("the job cancelled by close, for another instance").containsOnlyKeys("job-2");
	}

	@Test
	void anOutcomeReachedWhileThePollerClosesIsEndedAndToldOnce() throws Exception {
		CountDownLatch observed = new CountDownLatch(1);
		CountDownLatch closed = new CountDownLatch(1);
		JobObserver observer = new JobObserver() {

			@Override
			public void finished(String provider, String outcome, Duration elapsed) {
				observed.countDown();
				awaitUninterruptibly(closed);
			}

		};
		JobPoller poller = poller(1, observer);
		poller.resume(this.hanging, "job-1", SHORT_DEADLINE);
		assertThat(observed.await(10, TimeUnit.SECONDS)).as("the deadline ended the job").isTrue();

		poller.close();
		closed.countDown();

		await().atMost(Duration.ofSeconds(10)).until(() -> this.outcomes.size() == 1);
		timersRan();
		assertThat(this.outcomes).singleElement()
			.satisfies((outcome) -> assertThat(outcome.failure()).isInstanceOf(JobDeadlineExceededException.class));
		assertThat(this.forgetThreads).singleElement().asString().startsWith("test-jobs-");
		assertThat(this.records).isEmpty();
	}

	private JobPoller poller(int pollThreads, JobObserver observer) {
		return JobPoller.builder()
			.sharedThreads(this.scheduler, Bulkheads.ofPlatformThreads("test-poll-", pollThreads))
			.observer(observer)
			.store(this.store)
			.listener(this.outcomes::add)
			.build();
	}

	/** Wait for the scheduler's one thread to end what it runs now, by running a task after it. */
	private void timersRan() throws InterruptedException {
		CountDownLatch ran = new CountDownLatch(1);
		this.scheduler.schedule(ran::countDown, this.scheduler.getClock().instant());
		assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
	}

	private static void awaitUninterruptibly(CountDownLatch latch) {
		boolean interrupted = false;
		while (true) {
			try {
				latch.await();
				break;
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
