package io.github.genmedia.providers.job;

/**
 * The provider does not know the job: its status call answered "not found" twice in a
 * row (the second time to confirm), such as for a job id with a typo, one from another
 * account or key, or one the provider has forgotten. Waiting longer would not help.
 *
 * @since 0.1.0
 */
public class JobNotFoundException extends JobException {

	private final String reason;

	/**
	 * Create the exception.
	 * @param provider the provider
	 * @param jobId the job's id
	 * @param reason what the provider said, such as {@code Task not found}
	 */
	public JobNotFoundException(String provider, String jobId, String reason) {
		super("Provider '" + provider + "' does not know job " + jobId + ": " + reason + " (asked twice); check the "
				+ "job id, and that the job was made with the same account", provider, jobId);
		this.reason = reason;
	}

	/**
	 * Return what the provider said.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

}
