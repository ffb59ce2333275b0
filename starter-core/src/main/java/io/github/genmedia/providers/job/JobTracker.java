package io.github.genmedia.providers.job;

/**
 * How to follow one provider's jobs: one status call, read as a {@link JobStatus}. A
 * provider package implements it over its typed API.
 *
 * @param <R> the result of a successful job
 */
public interface JobTracker<R> {

	/**
	 * Return the provider.
	 * @return its name, such as {@code sunor}
	 */
	String provider();

	/**
	 * Ask the provider about a job, once.
	 * @param jobId the job's id
	 * @return what the provider said
	 * @throws RuntimeException if the call failed; the poller tries again later
	 */
	JobStatus<R> poll(String jobId);

}
