package io.github.genmedia.providers.job;

import org.jspecify.annotations.Nullable;

/**
 * The {@link JobPoller} is closed (the application context is closing or closed), so a
 * job can no longer be followed here. Thrown before anything is sent to the provider
 * when the poller was closed already, so that no generation is charged for a future that
 * would never complete; when it closed while a job was being submitted, the job's id is
 * in the message, to resume it once the application runs again.
 *
 * @since 0.1.0
 */
public class JobPollerClosedException extends IllegalStateException {

	private final String provider;

	private final @Nullable String jobId;

	/**
	 * Create the exception.
	 * @param provider the provider
	 * @param jobId the job's id, or {@code null} when nothing was submitted
	 */
	public JobPollerClosedException(String provider, @Nullable String jobId) {
		super(message(provider, jobId));
		this.provider = provider;
		this.jobId = jobId;
	}

	private static String message(String provider, @Nullable String jobId) {
		if (jobId == null) {
			return "Nothing was sent to provider '" + provider + "': the job poller is closed";
		}
		return "Job " + jobId + " of provider '" + provider + "' is not followed: the job poller is closed; resume "
				+ "waiting with resume(\"" + provider + "\", \"" + jobId + "\") once the application runs again";
	}

	/**
	 * Return the provider.
	 * @return its name
	 */
	public String getProvider() {
		return this.provider;
	}

	/**
	 * Return the id of the job submitted while the poller closed.
	 * @return the id, or {@code null} when nothing was submitted
	 */
	public @Nullable String getJobId() {
		return this.jobId;
	}

}
