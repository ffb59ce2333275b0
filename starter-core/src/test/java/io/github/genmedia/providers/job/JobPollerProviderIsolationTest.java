package io.github.genmedia.providers.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.genmedia.providers.testsupport.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A provider whose polls hang (waiting for rate-limit permits, or a provider that does
 * not answer) holds its own poll threads only: another provider's jobs are polled on
 * time, and every job's deadline fires on time even while its poll hangs. The poller's
 * clock stands still, so that only the scheduler's deadline timer can end a job.
 */
class JobPollerProviderIsolationTest {

	private final CountDownLatch release = new CountDownLatch(1);

	private final JobPoller poller = new JobPoller(2, new SteppedClock(Instant.parse("2026-01-01T00:00:00Z")),
			JobObserver.NONE);

	@AfterEach
	void close() {
		this.release.countDown();
		this.poller.close();
	}

	@Test
	void aSlowProvidersPollsDoNotDelayAnotherProvidersJobs() throws Exception {
		CountDownLatch slowPollsWaiting = new CountDownLatch(2);
		JobTracker<String> slow = new StandInTracker<>("slow", (jobId) -> {
			slowPollsWaiting.countDown();
			hang();
			return new JobStatus.Running<>("running", null);
		});
		for (int i = 0; i < 10; i++) {
			this.poller.resume(slow, "slow-" + i, settings(Duration.ofMillis(100), Duration.ofMinutes(1)));
		}
		// Both poll threads of the slow provider are held; eight of its polls wait.
		assertThat(slowPollsWaiting.await(10, TimeUnit.SECONDS)).isTrue();

		List<Long> fastPolls = new CopyOnWriteArrayList<>();
		List<String> fastThreads = new CopyOnWriteArrayList<>();
		JobTracker<String> fast = new StandInTracker<>("fast", (jobId) -> {
			fastPolls.add(System.nanoTime());
			fastThreads.add(Thread.currentThread().getName());
			return (fastPolls.size() == 1) ? new JobStatus.Running<>("PROCESSING", null)
					: new JobStatus.Succeeded<>("rendered");
		});
		Duration interval = Duration.ofMillis(500);
		GenerationJob<String> job = this.poller.resume(fast, "fast-1", settings(interval, Duration.ofMinutes(1)));

		// Done at the provider after the first poll, seen at the next one: an interval
		// later, give or take a busy machine's scheduling (not queued behind 'slow').
		assertThat(job.future().get(10, TimeUnit.SECONDS)).isEqualTo("rendered");
		assertThat(fastPolls).hasSize(2);
		assertThat(Duration.ofNanos(fastPolls.get(1) - fastPolls.get(0))).isLessThan(interval.plusSeconds(3));
		assertThat(fastThreads).allSatisfy((name) -> assertThat(name).startsWith("genmedia-job-poll-fast-"));
		assertThat(this.release.getCount()).as("slow polls still hanging").isOne();
		assertThat(this.poller.inFlight("slow")).isEqualTo(10);
	}

	@Test
	void aDeadlineEndsTheJobWhileItsPollHangs() {
		AtomicInteger polls = new AtomicInteger();
		JobTracker<String> hanging = new StandInTracker<>("hanging", (jobId) -> {
			polls.incrementAndGet();
			hang();
			return new JobStatus.Succeeded<>("too late");
		});

		GenerationJob<String> job = this.poller.resume(hanging, "h-1",
				settings(Duration.ofMillis(100), Duration.ofMillis(300)));

		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> job.future().get(10, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOf(JobDeadlineExceededException.class)
			.withMessage("Job h-1 of provider 'hanging' was still submitted after PT0.3S; it goes on at the provider: "
					+ "resume waiting with resume(\"hanging\", \"h-1\")");
		assertThat(this.release.getCount()).as("the poll still hangs").isOne();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.poller.inFlight("hanging") == 0);
	}

	private void hang() {
		try {
			this.release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static PollingSettings settings(Duration interval, Duration deadline) {
		return new PollingSettings(interval, interval, interval, deadline, false);
	}

}
