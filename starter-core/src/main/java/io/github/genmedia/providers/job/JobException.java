package io.github.genmedia.providers.job;

import io.github.genmedia.providers.error.ProviderFailureException;

/**
 * A generation job ended without a result, or we stopped waiting for it. Names the
 * provider and the job, never a credential.
 *
 * @since 0.1.0
 */
public abstract class JobException extends ProviderFailureException {

	private final String jobId;

	protected JobException(String message, String provider, String jobId) {
		super(message, provider);
		this.jobId = jobId;
	}

	/**
	 * Return the job's id at the provider.
	 * @return the id
	 */
	public String getJobId() {
		return this.jobId;
	}

}
