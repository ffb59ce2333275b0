package io.github.genmedia.providers.job;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Every job the poller takes ends in a completed future, whatever the poller's state or
 * the tracker does; and what the poller cannot follow it refuses at once.
 */
class JobPollerEveryFutureCompletesTest {

	private static final PollingSettings QUICK = new PollingSettings(Duration.ofMillis(50), Duration.ofMillis(50),
			Duration.ofMillis(100), Duration.ofMinutes(1), false);

	private final List<String> polled = new CopyOnWriteArrayList<>();

	private final JobPoller poller = new JobPoller(2, Clock.systemUTC(), new JobObserver() {

		@Override
		public void polled(String provider, String outcome) {
			JobPollerEveryFutureCompletesTest.this.polled.add(outcome);
		}

	});

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void watchAndResumeAfterCloseAreRefusedWithTheJobIdToResume() {
		AtomicInteger polls = new AtomicInteger();
		JobTracker<String> tracker = new StandInTracker<>("stand-in", (jobId) -> {
			polls.incrementAndGet();
			return new JobStatus.Succeeded<>("done");
		});
		this.poller.close();

		assertThatExceptionOfType(JobPollerClosedException.class)
			.isThrownBy(() -> this.poller.watch(tracker, "j-1", QUICK))
			.withMessage("Job j-1 of provider 'stand-in' is not followed: the job poller is closed; resume waiting "
					+ "with resume(\"stand-in\", \"j-1\") once the application runs again")
			.isInstanceOf(IllegalStateException.class)
			.satisfies((ex) -> assertThat(ex.getJobId()).isEqualTo("j-1"));
		assertThatExceptionOfType(JobPollerClosedException.class)
			.isThrownBy(() -> this.poller.resume(tracker, "j-2", QUICK))
			.satisfies((ex) -> assertThat(ex.getProvider()).isEqualTo("stand-in"));
		assertThatExceptionOfType(JobPollerClosedException.class).isThrownBy(() -> this.poller.checkOpen("stand-in"))
			.withMessage("Nothing was sent to provider 'stand-in': the job poller is closed")
			.satisfies((ex) -> assertThat(ex.getJobId()).isNull());
		assertThat(polls).hasValue(0);
		assertThat(this.poller.inFlight("stand-in")).isZero();
	}

	@Test
	void aJobResumedTwiceIsFollowedTwiceAndBothFuturesComplete() throws Exception {
		AtomicBoolean done = new AtomicBoolean();
		JobTracker<String> tracker = new StandInTracker<>("stand-in",
				(jobId) -> done.get() ? new JobStatus.Succeeded<>("song") : new JobStatus.Running<>("running", null));
		PollingSettings slow = new PollingSettings(Duration.ofMinutes(1), Duration.ofMinutes(1),
				Duration.ofMinutes(1), Duration.ofMinutes(5), false);

		GenerationJob<String> first = this.poller.resume(tracker, "j-1", slow);
		GenerationJob<String> second = this.poller.resume(tracker, "j-1", slow);

		assertThat(this.poller.inFlight("stand-in")).isEqualTo(2);
		done.set(true);
		// The next scheduled polls are a minute away; a webhook's poll reaches both.
		assertThat(this.poller.pollNow("stand-in", "j-1")).isTrue();
		assertThat(first.future().get(10, TimeUnit.SECONDS)).isEqualTo("song");
		assertThat(second.future().get(10, TimeUnit.SECONDS)).isEqualTo("song");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.poller.inFlight("stand-in") == 0);
	}

	@Test
	void closingCancelsBothFuturesOfAJobResumedTwice() {
		JobTracker<String> tracker = new StandInTracker<>("stand-in", (jobId) -> new JobStatus.Running<>("running", null));

		GenerationJob<String> first = this.poller.resume(tracker, "j-1", QUICK);
		GenerationJob<String> second = this.poller.resume(tracker, "j-1", QUICK);
		this.poller.close();

		assertThat(first.future()).isCancelled();
		assertThat(second.future()).isCancelled();
		assertThatExceptionOfType(CancellationException.class).isThrownBy(first::await);
	}

	@Test
	void aTrackerAnsweringNullIsAFailedPollAndTheDeadlineStillEndsTheJob() {
		JobTracker<String> tracker = new StandInTracker<>("stand-in", (jobId) -> null);

		GenerationJob<String> job = this.poller.resume(tracker, "j-1", new PollingSettings(Duration.ofMillis(50),
				Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(500), false));

		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> job.future().get(10, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOf(JobDeadlineExceededException.class)
			.withMessageStartingWith("Job j-1 of provider 'stand-in' was still submitted after PT0.5S");
		assertThat(this.polled).isNotEmpty().containsOnly("error");
	}

	@Test
	void aPollThrowingAnErrorEndsTheJobWithThatError() {
		JobTracker<String> tracker = new StandInTracker<>("stand-in", (jobId) -> {
			throw new AssertionError("a tracker bug (thrown on purpose by this test)");
		});

		GenerationJob<String> job = this.poller.resume(tracker, "j-1", QUICK);

		// Not Awaitility: it fails on the error rethrown to the poll thread's handler.
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> job.future().get(10, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOf(AssertionError.class)
			.withMessage("a tracker bug (thrown on purpose by this test)");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(job::await);
	}

}
