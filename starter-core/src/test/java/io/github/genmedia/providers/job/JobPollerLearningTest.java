package io.github.genmedia.providers.job;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the poller learns reaches jobs already in flight: a job submitted before there was
 * anything to learn, and already polled, is not polled again before the quickest few
 * percent of jobs finish.
 */
class JobPollerLearningTest {

	private static final long DURATION_NANOS = TimeUnit.SECONDS.toNanos(2);

	private final JobPoller poller = new JobPoller(2, Clock.systemUTC(), JobObserver.NONE);

	private final Map<String, Long> submitted = new ConcurrentHashMap<>();

	private final List<Long> latePolls = new CopyOnWriteArrayList<>();

	private final JobTracker<String> tracker = new JobTracker<>() {

		@Override
		public String provider() {
			return "stand-in";
		}

		@Override
		public JobStatus<String> poll(String jobId) {
			long now = System.nanoTime();
			if (jobId.equals("late")) {
				JobPollerLearningTest.this.latePolls.add(now);
				return new JobStatus.Running<>("running", null);
			}
			return (now - JobPollerLearningTest.this.submitted.get(jobId) >= DURATION_NANOS)
					? new JobStatus.Succeeded<>(jobId) : new JobStatus.Running<>("running", null);
		}

	};

	private final PollingSettings settings = new PollingSettings(Duration.ofMillis(50), Duration.ofMillis(50),
			Duration.ofMillis(200), Duration.ofSeconds(30), true);

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void aJobAlreadyPolledWaitsForWhatWasLearnedMeanwhile() throws Exception {
		long start = System.nanoTime();
		for (int i = 0; i < DurationHistory.MIN_SAMPLES; i++) {
			this.submitted.put("job-" + i, System.nanoTime());
			this.poller.watch(this.tracker, "job-" + i, this.settings);
		}
		Thread.sleep(1000);
		this.poller.watch(this.tracker, "late", this.settings);
		// The 20 jobs finish at about 2 s and teach a minimum of about 2 s; the late job,
		// 1.1 s old by then and polled every 50 ms so far, waits until it is 2 s old.
		Thread.sleep(2900 - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		long from = start + TimeUnit.MILLISECONDS.toNanos(2300);
		long to = start + TimeUnit.MILLISECONDS.toNanos(2800);
		assertThat(this.latePolls).filteredOn((at) -> at < from).hasSizeGreaterThan(5);
		assertThat(this.latePolls).filteredOn((at) -> at >= from && at <= to).isEmpty();
	}

}
