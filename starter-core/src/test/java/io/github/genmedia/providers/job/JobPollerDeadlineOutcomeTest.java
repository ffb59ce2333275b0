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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job's deadline is a timer of the scheduler's one thread, which only hands it to the
 * provider's outcome lane: completing the job there runs the application's callbacks,
 * ends its record (a Redis round trip) and tells the listener, so that however slow they
 * are they never hold the timers (polls, deadlines) of every other job, nor wait behind
 * the provider's polls. A deadline the closing poller's lanes did not run still ends its
 * job, told once.
 */
class JobPollerDeadlineOutcomeTest {

	/** Polled at once when resumed, then not before the deadline ends the job. */
	private static final PollingSettings SHORT_DEADLINE = new PollingSettings(Duration.ZERO, Duration.ofMinutes(1),
			Duration.ofMinutes(1), Duration.ofMillis(200), false);

	/** Passes well after the test has added its callback to the job. */
	private static final PollingSettings DEADLINE_AFTER_CALLBACK = new PollingSettings(Duration.ZERO,
			Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(2), false);

	private static final PollingSettings LONG_DEADLINE = new PollingSettings(Duration.ZERO, Duration.ofMinutes(1),
			Duration.ofMinutes(1), Duration.ofMinutes(5), false);

	private final ThreadPoolTaskScheduler scheduler = StarterSchedulers.platform("test-jobs-", 1);

	private final Map<String, JobRecord> records = new ConcurrentHashMap<>();

	private final Queue<JobOutcome> outcomes = new ConcurrentLinkedQueue<>();

	/** Each job whose record was ended, and the thread that ended it: {@code job-1 on main}. */
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
			JobPollerDeadlineOutcomeTest.this.forgetThreads.add(jobId + " on " + Thread.currentThread().getName());
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

	/** Held open by a test to make an application's callback slow. */
	private final CountDownLatch callbackReleased = new CountDownLatch(1);

	private final CountDownLatch callbackHeld = new CountDownLatch(1);

	private final CountDownLatch callbackEnded = new CountDownLatch(1);

	private final Queue<String> callbackThreads = new ConcurrentLinkedQueue<>();

	@AfterEach
	void release() {
		this.callbackReleased.countDown();
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
			assertThat(this.forgetThreads).containsExactly("job-1 on genmedia-job-outcome-stand-in-1");
			this.storeAnswers.countDown();
			await().atMost(Duration.ofSeconds(10)).until(() -> this.outcomes.size() == 1);
			assertThat(this.outcomes.peek().failure()).isInstanceOf(JobDeadlineExceededException.class);
		}
	}

	@Test
	void aDeadlinesSlowCallbackHoldsNeitherTheSchedulerNorAnyProvidersPolls() throws InterruptedException {
		try (JobPoller poller = poller(2, JobObserver.NONE)) {
			GenerationJob<String> expiring = poller.resume(answering(null), "job-1", DEADLINE_AFTER_CALLBACK);
			expiring.onCompletion((result, failure) -> slowCallback());
			assertThat(this.callbackHeld.await(10, TimeUnit.SECONDS)).as("the deadline ended the job").isTrue();

			CountDownLatch samePolled = new CountDownLatch(1);
			CountDownLatch otherPolled = new CountDownLatch(1);
			poller.resume(answering(samePolled), "job-2", LONG_DEADLINE);
			poller.resume(new StandInTracker<>("other", (id) -> {
				otherPolled.countDown();
				return new JobStatus.Running<>("running", null);
			}), "job-3", LONG_DEADLINE);

			assertThat(samePolled.await(10, TimeUnit.SECONDS)).as("the same provider's next job is polled").isTrue();
			assertThat(otherPolled.await(10, TimeUnit.SECONDS)).as("another provider's job is polled").isTrue();
			assertThat(this.callbackReleased.getCount()).as("while the callback is still held").isOne();
			assertThat(this.callbackThreads).containsExactly("genmedia-job-outcome-stand-in-1");
			assertThat(expiring.future()).isCompletedExceptionally();
		}
	}

	@Test
	void aDeadlineLeftInTheOutcomeLaneAtCloseEndsItsJobToldOnceAndAJobCancelledByCloseKeepsItsRecord()
			throws Exception {
		JobPoller poller = poller(1, JobObserver.NONE);
		// Holds the provider's one poll thread: no other poll of its jobs runs.
		poller.resume(this.hanging, "job-0", LONG_DEADLINE);
		assertThat(this.polling.await(10, TimeUnit.SECONDS)).isTrue();
		GenerationJob<String> first = poller.resume(this.hanging, "job-1", DEADLINE_AFTER_CALLBACK);
		first.onCompletion((result, failure) -> slowCallback());
		assertThat(this.callbackHeld.await(10, TimeUnit.SECONDS)).as("the first deadline holds the lane").isTrue();
		assertThat(this.callbackThreads).as("while the poll lane is full")
			.containsExactly("genmedia-job-outcome-stand-in-1");
		GenerationJob<String> second = poller.resume(this.hanging, "job-2",
				new PollingSettings(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMillis(1),
						false));
		// The scheduler's one thread runs its timers in the order they fall due: the
		// second deadline has been handed to the lane, behind the held callback.
		timersRan(Duration.ofSeconds(1));
		assertThat(second.future()).isNotDone();

		poller.close();

		assertThat(second.future()).failsWithin(Duration.ZERO)
			.withThrowableThat()
			.havingCause()
			.isInstanceOf(JobDeadlineExceededException.class);
		// The first job's record is ended by whichever thread comes first: the closing one
		// (cancelling, it runs what its future has left to run) or the held callback's.
		this.callbackReleased.countDown();
		assertThat(this.callbackEnded.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.outcomes).hasSize(2).allSatisfy((outcome) -> {
			assertThat(outcome.failure()).isInstanceOf(JobDeadlineExceededException.class);
		}).extracting(JobOutcome::jobId).containsExactlyInAnyOrder("job-1", "job-2");
		assertThat(this.forgetThreads).contains("job-2 on " + Thread.currentThread().getName()).hasSize(2);
		assertThat(this.records).as("the job cancelled by close, for another instance").containsOnlyKeys("job-0");
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
		assertThat(this.outcomes).singleElement()
			.satisfies((outcome) -> assertThat(outcome.failure()).isInstanceOf(JobDeadlineExceededException.class));
		assertThat(this.forgetThreads).containsExactly("job-1 on genmedia-job-outcome-stand-in-1");
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

	/** A provider whose polls answer at once that the job runs, counting down a latch. */
	private StandInTracker<String> answering(@Nullable CountDownLatch polled) {
		return new StandInTracker<>("stand-in", (id) -> {
			if (polled != null) {
				polled.countDown();
			}
			return new JobStatus.Running<>("running", null);
		});
	}

	/** An application's callback that takes long: until the test releases it. */
	private void slowCallback() {
		this.callbackThreads.add(Thread.currentThread().getName());
		this.callbackHeld.countDown();
		awaitUninterruptibly(this.callbackReleased);
		this.callbackEnded.countDown();
	}

	/**
	 * Wait for the scheduler's one thread to run every timer due within a delay from now,
	 * by running a task due then.
	 */
	private void timersRan(Duration delay) throws InterruptedException {
		CountDownLatch ran = new CountDownLatch(1);
		this.scheduler.schedule(ran::countDown, this.scheduler.getClock().instant().plus(delay));
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
