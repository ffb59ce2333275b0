package io.github.genmedia.providers.whisul;

import java.time.Duration;

import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStatus;
import io.github.genmedia.providers.job.PolledJobs;
import io.github.genmedia.providers.job.PollingSettings;

/**
 * Whisul jobs as {@link GenerationJob}s: {@link #generate} submits and follows a job to
 * {@code completed} (the song) or {@code failed}.
 *
 * @since 0.1.0
 */
public final class WhisulJobs extends PolledJobs<WhisulSong> {

	/**
	 * Whisul's docs: "Most tracks complete within a few minutes" and "Poll every 5–10
	 * seconds" (docs.whisul.com/guides/polling-jobs); their example job took 2 min 24 s.
	 * So nothing before a minute, then every 4.5 s (a completion is seen sooner than by a
	 * 5-second poller).
	 */
	public static final PollingSettings DEFAULTS = new PollingSettings(Duration.ofSeconds(60), Duration.ofMillis(4500),
			Duration.ofSeconds(30), Duration.ofMinutes(10), true);

	private final WhisulApi api;

	/**
	 * Create Whisul's jobs.
	 * @param api Whisul's API
	 * @param poller the application's poller
	 * @param settings how to poll
	 */
	public WhisulJobs(WhisulApi api, JobPoller poller, PollingSettings settings) {
		super("whisul", poller, settings, (jobId) -> status(api.getJob(jobId)));
		this.api = api;
	}

	/**
	 * Start a song and follow it. The {@code POST} is not retried; the polls are.
	 * @param request the prompt
	 * @return the job
	 * @throws io.github.genmedia.providers.job.JobPollerClosedException if the poller is
	 * closed: nothing is sent
	 */
	public GenerationJob<WhisulSong> generate(WhisulGenerateRequest request) {
		return submit(() -> this.api.generate(request).jobId());
	}

	private static JobStatus<WhisulSong> status(WhisulJob job) {
		if (job.status() == WhisulJobStatus.COMPLETED && job.result() != null) {
			return new JobStatus.Succeeded<>(job.result());
		}
		if (job.status() == WhisulJobStatus.FAILED) {
			return new JobStatus.Failed<>((job.error() != null) ? job.error() : "status failed");
		}
		return new JobStatus.Running<>(job.status().wireValue(), null);
	}

}
