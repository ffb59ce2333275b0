package io.github.genmedia.providers.job;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A polled provider is a preset, an API, a status mapping and one submit per way to
 * send: the glue (poller, settings, tracker, resume, provider, the closed-poller refusal)
 * is {@link PolledJobs}'s, as a stand-in sixth provider shows.
 */
class PolledJobsTest {

	private static final PollingSettings QUICK = new PollingSettings(Duration.ZERO, Duration.ofMillis(20),
			Duration.ofMillis(50), Duration.ofMinutes(1), false);

	private final JobPoller poller = new JobPoller(2, Clock.systemUTC(), JobObserver.NONE);

	private final StandInApi api = new StandInApi();

	private final StandInJobs jobs = new StandInJobs(this.api, this.poller);

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void aJobIsSentThenFollowedWithTheProvidersStatusMapping() throws Exception {
		GenerationJob<String> job = this.jobs.generate("a song");

		assertThat(job.future().get(10, TimeUnit.SECONDS)).isEqualTo("song for job-1");
		assertThat(this.api.sent).containsExactly("a song");
		assertThat(this.jobs.provider()).isEqualTo("stand-in");
	}

	@Test
	void resumeFollowsAJobByItsIdWithoutSendingAnything() throws Exception {
		GenerationJob<String> job = this.jobs.resume("job-7");

		assertThat(job.future().get(10, TimeUnit.SECONDS)).isEqualTo("song for job-7");
		assertThat(this.api.sent).isEmpty();
	}

	@Test
	void aJobCanBeFollowedWithAStatusCallOfItsOwn() throws Exception {
		GenerationJob<String> job = this.jobs.generateDraft("a hum");

		assertThat(job.future().get(10, TimeUnit.SECONDS)).isEqualTo("draft of job-1");
	}

	@Test
	void onceThePollerIsClosedNothingIsSent() {
		this.poller.close();

		assertThatExceptionOfType(JobPollerClosedException.class).isThrownBy(() -> this.jobs.generate("a song"));
		assertThat(this.api.sent).isEmpty();
	}

	/** A provider's typed API, standing in for an HTTP interface. */
	static final class StandInApi {

		final List<String> sent = new CopyOnWriteArrayList<>();

		String submit(String prompt) {
			this.sent.add(prompt);
			return "job-" + this.sent.size();
		}

		String status(String jobId) {
			return "done";
		}

	}

	/** The whole of a sixth polled provider's jobs. */
	static final class StandInJobs extends PolledJobs<String> {

		private final StandInApi api;

		StandInJobs(StandInApi api, JobPoller poller) {
			super("stand-in", poller, QUICK, (jobId) -> status(api.status(jobId), "song for " + jobId));
			this.api = api;
		}

		GenerationJob<String> generate(String prompt) {
			return submit(() -> this.api.submit(prompt));
		}

		GenerationJob<String> generateDraft(String prompt) {
			return submit((jobId) -> status(this.api.status(jobId), "draft of " + jobId), () -> this.api.submit(prompt));
		}

		private static JobStatus<String> status(String status, String result) {
			return "done".equals(status) ? new JobStatus.Succeeded<>(result) : new JobStatus.Running<>(status, null);
		}

	}

}
