package io.github.genmedia.providers.job;

/**
 * A job the {@link JobPoller} is asked to follow: which provider's tracker asks about it,
 * its id there, how to poll it, and whether it was started elsewhere (by another process,
 * or before a restart), so that it is polled at once and teaches nothing about how long
 * the provider's jobs take.
 *
 * @param <R> its result
 * @param tracker how to ask its provider about it
 * @param jobId its id at the provider
 * @param settings how to poll
 * @param resumed whether it was started elsewhere
 */
record JobToFollow<R>(JobTracker<R> tracker, String jobId, PollingSettings settings, boolean resumed) {

	String provider() {
		return this.tracker.provider();
	}

}
