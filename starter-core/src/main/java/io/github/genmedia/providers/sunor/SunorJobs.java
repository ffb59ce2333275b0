package io.github.genmedia.providers.sunor;

import java.time.Duration;

import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStatus;
import io.github.genmedia.providers.job.PolledJobs;
import io.github.genmedia.providers.job.PollingSettings;

/**
 * Sunor tasks as {@link GenerationJob}s: {@link #createTask} submits and follows a task to
 * {@code success} (the task, with its clips), {@code failure} (refunded) or
 * {@code timeout}.
 *
 * @since 0.1.0
 */
public final class SunorJobs extends PolledJobs<SunorTask> {

	/**
	 * Sunor's docs: "Tasks take 30 seconds to 5 minutes to complete. Poll every 5-10
	 * seconds" (docs.sunor.cc/guides/complete-workflow). So nothing before 30 s, then every
	 * 4.5 s (a completion is seen within 4.5 s, sooner than by a 5-second poller, whose
	 * 95th percentile is 4.75 s), and a deadline of twice the longest.
	 */
	public static final PollingSettings DEFAULTS = new PollingSettings(Duration.ofSeconds(30), Duration.ofMillis(4500),
			Duration.ofSeconds(30), Duration.ofMinutes(10), true);

	private final SunorApi api;

	/**
	 * Create Sunor's jobs.
	 * @param api Sunor's API
	 * @param poller the application's poller
	 * @param settings how to poll
	 */
	public SunorJobs(SunorApi api, JobPoller poller, PollingSettings settings) {
		super("sunor", poller, settings, (taskId) -> status(api.getTask(taskId).data()));
		this.api = api;
	}

	/**
	 * Create a task and follow it. The {@code POST} is not retried (a retry could be
	 * charged twice); the polls are.
	 * @param request the task
	 * @return the job
	 * @throws io.github.genmedia.providers.job.JobPollerClosedException if the poller is
	 * closed: nothing is sent
	 */
	public GenerationJob<SunorTask> createTask(SunorTaskRequest request) {
		return submit(() -> this.api.createTask(request).data().taskId());
	}

	private static JobStatus<SunorTask> status(SunorTask task) {
		return switch (task.status()) {
			case SUCCESS -> new JobStatus.Succeeded<>(task);
			case FAILURE -> new JobStatus.Failed<>(reason(task, "failure"));
			case TIMEOUT -> new JobStatus.TimedOut<>(reason(task, "timeout"));
			case PENDING, RUNNING, UNKNOWN -> new JobStatus.Running<>(task.status().wireValue(), null);
		};
	}

	private static String reason(SunorTask task, String status) {
		String error = task.errorMessage();
		if (error == null && task.output() != null) {
			error = task.output().failReason();
		}
		return (error != null) ? error : "status " + status;
	}

}
