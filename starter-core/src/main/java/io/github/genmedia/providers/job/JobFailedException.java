package io.github.genmedia.providers.job;

/**
 * The provider reports the job failed; where its docs say so, its credits are refunded.
 *
 * @since 0.1.0
 */
public class JobFailedException extends JobException {

	private final String reason;

	public JobFailedException(String provider, String jobId, String reason) {
		this("Provider '" + provider + "' reports job " + jobId + " failed: " + reason, provider, jobId, reason);
	}

	protected JobFailedException(String message, String provider, String jobId, String reason) {
		super(message, provider, jobId);
		this.reason = reason;
	}

	/**
	 * Return the provider's reason.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

}
