package io.github.genmedia.providers.job;

/**
 * The provider gave up on the job itself: its own timeout state (Sunor's
 * {@code timeout}), not a deadline of ours.
 *
 * @since 0.1.0
 */
public class JobTimedOutException extends JobFailedException {

	public JobTimedOutException(String provider, String jobId, String reason) {
		super("Provider '" + provider + "' timed job " + jobId + " out: " + reason, provider, jobId, reason);
	}

}
