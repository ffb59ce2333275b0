package io.github.genmedia.providers.job;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poll asked for (a webhook's) while another poll is under way is not lost: it runs
 * as soon as the other ends, not an interval later.
 */
class JobPollerPollNowTest {

	private final JobPoller poller = new JobPoller(2, Clock.systemUTC(), JobObserver.NONE);

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void aPollAskedForDuringAnotherRunsWhenItEnds() throws Exception {
		CountDownLatch inFirstPoll = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger polls = new AtomicInteger();
		JobTracker<String> tracker = new JobTracker<>() {

			@Override
			public String provider() {
				return "stand-in";
			}

			@Override
			public JobStatus<String> poll(String jobId) {
				if (polls.incrementAndGet() == 1) {
					inFirstPoll.countDown();
					try {
						release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return new JobStatus.Running<>("running", null);
				}
				return new JobStatus.Succeeded<>("done");
			}

		};
		PollingSettings slow = new PollingSettings(Duration.ofMillis(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
				Duration.ofMinutes(5), false);
		GenerationJob<String> job = this.poller.watch(tracker, "job-1", slow);
		assertThat(inFirstPoll.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(this.poller.pollNow("stand-in", "job-1")).isTrue();
		release.countDown();

		// The next scheduled poll would be 30 s away.
		await().atMost(Duration.ofSeconds(5)).until(() -> job.future().isDone());
		assertThat(job.await()).isEqualTo("done");
		assertThat(polls).hasValue(2);
	}

}
