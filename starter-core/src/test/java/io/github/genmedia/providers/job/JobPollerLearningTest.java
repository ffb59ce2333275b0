package io.github.genmedia.providers.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.genmedia.providers.testsupport.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the poller learns reaches jobs already in flight: a job submitted before there was
 * anything to learn, and already polled, is not polled again before the quickest few
 * percent of jobs finish.
 * <p>
 * The jobs' ages are on a clock the test moves, so that what is learned and when the
 * late job may be polled again do not depend on how busy the machine is; another job,
 * polled all along, shows that the poller had time to poll the late one, had it wanted to.
 */
class JobPollerLearningTest {

	private static final Duration DURATION = Duration.ofSeconds(2);

	private final SteppedClock clock = new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final JobPoller poller = new JobPoller(2, this.clock, JobObserver.NONE);

	private final Map<String, Instant> submitted = new ConcurrentHashMap<>();

	private final AtomicInteger latePolls = new AtomicInteger();

	private final AtomicInteger witnessPolls = new AtomicInteger();

	/** Jobs done {@link #DURATION} after their submission, by the clock; "late" never is. */
	private final JobTracker<String> tracker = new JobTracker<>() {

		@Override
		public String provider() {
			return "stand-in";
		}

		@Override
		public JobStatus<String> poll(String jobId) {
			if (jobId.equals("late")) {
				JobPollerLearningTest.this.latePolls.incrementAndGet();
				return new JobStatus.Running<>("running", null);
			}
			Duration age = Duration.between(JobPollerLearningTest.this.submitted.get(jobId),
					JobPollerLearningTest.this.clock.instant());
			return (age.compareTo(DURATION) >= 0) ? new JobStatus.Succeeded<>(jobId)
					: new JobStatus.Running<>("running", null);
		}

	};

	/** Another provider's job, polled every 50 ms for as long as the test runs. */
	private final JobTracker<String> witness = new JobTracker<>() {

		@Override
		public String provider() {
			return "witness";
		}

		@Override
		public JobStatus<String> poll(String jobId) {
			JobPollerLearningTest.this.witnessPolls.incrementAndGet();
			return new JobStatus.Running<>("running", null);
		}

	};

	/** Polled at once, then every 50 ms of real time; ages and learning on the clock. */
	private final PollingSettings settings = new PollingSettings(Duration.ZERO, Duration.ofMillis(50),
			Duration.ofMillis(200), Duration.ofSeconds(30), true);

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void aJobAlreadyPolledWaitsForWhatWasLearnedMeanwhile() {
		this.poller.watch(this.witness, "witness", PollingSettings.fixed(Duration.ofMillis(50), Duration.ofMinutes(5)));
		List<GenerationJob<String>> quick = new ArrayList<>();
		for (int i = 0; i < DurationHistory.MIN_SAMPLES; i++) {
			this.submitted.put("job-" + i, this.clock.instant());
			quick.add(this.poller.watch(this.tracker, "job-" + i, this.settings));
		}
		this.clock.advance(Duration.ofSeconds(1));
		this.poller.watch(this.tracker, "late", this.settings);
		// Nothing learned yet: the late job is polled every 50 ms.
		await().atMost(Duration.ofSeconds(30)).until(() -> this.latePolls.get() >= 3);

		// The 20 jobs finish at 2 s and teach a minimum of about 2 s (less half an interval);
		// the late job, 1 s old, must now wait until it is about 2 s old.
		this.clock.advance(Duration.ofSeconds(1));
		await().atMost(Duration.ofSeconds(30)).until(() -> quick.stream().allMatch((job) -> job.future().isDone()));
		int polledBeforeLearning = this.latePolls.get();
		int witnessed = this.witnessPolls.get();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.witnessPolls.get() >= witnessed + 10);

		assertThat(this.latePolls.get()).as("polls of the late job while the poller polled another ten times")
			.isLessThanOrEqualTo(polledBeforeLearning + 1);
		int held = this.latePolls.get();
		this.clock.advance(Duration.ofSeconds(1));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.latePolls.get() > held);
	}

}
