package io.github.genmedia.providers.autype;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A rendered file is no longer at Autype: it keeps files for one hour after the job
 * completes, then drops the job and its file. Render again.
 *
 * @since 0.1.0
 */
public class AutypeDownloadExpiredException extends RuntimeException {

	private final String jobId;

	public AutypeDownloadExpiredException(String jobId, @Nullable Instant completedAt) {
		super("The file of Autype render job " + jobId + " is no longer available: Autype keeps rendered files for "
				+ "1 hour after completion" + ((completedAt != null) ? " (this job completed at " + completedAt + ")" : "")
				+ "; render again");
		this.jobId = jobId;
	}

	/**
	 * Return the job.
	 * @return its id
	 */
	public String getJobId() {
		return this.jobId;
	}

}
