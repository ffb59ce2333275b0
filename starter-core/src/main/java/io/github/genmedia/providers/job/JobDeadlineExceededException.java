package io.github.genmedia.providers.job;

import java.time.Duration;

/**
 * We stopped waiting: the job's deadline passed while it was still running at the
 * provider. The job goes on there; resume waiting for it with its id.
 *
 * @since 0.1.0
 */
public class JobDeadlineExceededException extends JobException {

	private final Duration deadline;

	public JobDeadlineExceededException(String provider, String jobId, Duration deadline, String lastState) {
		super("Job " + jobId + " of provider '" + provider + "' was still " + lastState + " after " + deadline
				+ "; it goes on at the provider: resume waiting with resume(\"" + provider + "\", \"" + jobId + "\")",
				provider, jobId);
		this.deadline = deadline;
	}

	/**
	 * Return how long we waited.
	 * @return the deadline
	 */
	public Duration getDeadline() {
		return this.deadline;
	}

}
