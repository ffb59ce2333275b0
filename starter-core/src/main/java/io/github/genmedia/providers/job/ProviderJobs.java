package io.github.genmedia.providers.job;

/**
 * One provider's jobs: what {@link GenerationJobs#resume} needs to take a job up again by
 * its id.
 *
 * @param <R> the result of the provider's jobs
 * @since 0.1.0
 */
public interface ProviderJobs<R> {

	/**
	 * Return the provider.
	 * @return its name
	 */
	String provider();

	/**
	 * Resume waiting for a job started by another process or before a restart.
	 * @param jobId the job's id at the provider
	 * @return the job
	 */
	GenerationJob<R> resume(String jobId);

}
