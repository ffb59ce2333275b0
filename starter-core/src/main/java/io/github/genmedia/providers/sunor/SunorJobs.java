package io.github.genmedia.providers.sunor;

import java.time.Duration;

import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStatus;
import io.github.genmedia.providers.job.JobTracker;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.job.ProviderJobs;

/**
 * Sunor tasks as {@link GenerationJob}s: {@link #createTask} submits and follows a task to
 * {@code success} (the task, with its clips), {@code failure} (refunded) or
 * {@code timeout}.
 */
public final class SunorJobs implements ProviderJobs<SunorTask> {

	/**
	 * Sunor's docs: "Tasks take 30 seconds to 5 minutes to complete. Poll every 5-10
	 * seconds" (docs.sunor.cc/guides/complete-workflow). So nothing before 30 s, then every
	 * 4.5 s (a completion is seen within 4.5 s, sooner than by a 5-second poller, whose
	 * 95th percentile is 4.75 s), and a deadline of twice the longest.
	 */
	public static final PollingSettings DEFAULTS = new PollingSettings(Duration.ofSeconds(30), Duration.ofMillis(4500),
			Duration.ofSeconds(30), Duration.ofMinutes(10), true);

	private final SunorApi api;

	private final JobPoller poller;

	private final PollingSettings settings;

	private final JobTracker<SunorTask> tracker;

	/**
	 * Create Sunor's jobs.
	 * @param api Sunor's API
	 * @param poller the application's poller
	 * @param settings how to poll
	 */
	public SunorJobs(SunorApi api, JobPoller poller, PollingSettings settings) {
		this.api = api;
		this.poller = poller;
		this.settings = settings;
		this.tracker = new Tracker(api);
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
		this.poller.checkOpen(provider());
		return this.poller.watch(this.tracker, this.api.createTask(request).data().taskId(), this.settings);
	}

	@Override
	public GenerationJob<SunorTask> resume(String taskId) {
		return this.poller.resume(this.tracker, taskId, this.settings);
	}

	@Override
	public String provider() {
		return "sunor";
	}

	private record Tracker(SunorApi api) implements JobTracker<SunorTask> {

		@Override
		public String provider() {
			return "sunor";
		}

		@Override
		public JobStatus<SunorTask> poll(String jobId) {
			SunorTask task = this.api.getTask(jobId).data();
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

}
