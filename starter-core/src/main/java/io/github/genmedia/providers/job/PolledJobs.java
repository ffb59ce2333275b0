package io.github.genmedia.providers.job;

import java.util.function.Supplier;

/**
 * The glue of a polled provider's jobs, so that a provider package writes only what is
 * its own: its preset (the default {@link PollingSettings}), its typed API, the mapping of
 * its status answer to a {@link JobStatus} (the {@link StatusCall}), and one method per
 * way to submit, each calling {@link #submit}.
 * <p>
 * Here, once for every provider: the poller, the settings and the tracker it is followed
 * with; {@link #resume}; {@link #provider}; and the refusal to send a job once the poller
 * is closed (it could not be followed, and a generation would be charged for nothing).
 *
 * @param <R> the result of the provider's jobs
 * @since 0.1.0
 */
public abstract class PolledJobs<R> implements ProviderJobs<R> {

	private final String provider;

	private final JobPoller poller;

	private final PollingSettings settings;

	private final JobTracker<R> tracker;

	/**
	 * Create a provider's jobs.
	 * @param provider the provider's name, such as {@code sunor}
	 * @param poller the application's poller
	 * @param settings how to poll
	 * @param status how a job is asked about, once
	 */
	protected PolledJobs(String provider, JobPoller poller, PollingSettings settings, StatusCall<R> status) {
		this.provider = provider;
		this.poller = poller;
		this.settings = settings;
		this.tracker = tracker(status);
	}

	/**
	 * Send a job and follow it with the status call these jobs were created with.
	 * Nothing is sent once the poller is closed.
	 * @param send sends the job and returns its id at the provider; called at most once
	 * @return the job
	 * @throws JobPollerClosedException if the poller is closed: nothing is sent
	 */
	protected final GenerationJob<R> submit(Supplier<String> send) {
		return submit(this.tracker, send);
	}

	/**
	 * Send a job and follow it with a status call of its own (for example one that deems
	 * a job done earlier than {@link #resume} does). Nothing is sent once the poller is
	 * closed.
	 * @param status how this job is asked about
	 * @param send sends the job and returns its id at the provider; called at most once
	 * @return the job
	 * @throws JobPollerClosedException if the poller is closed: nothing is sent
	 */
	protected final GenerationJob<R> submit(StatusCall<R> status, Supplier<String> send) {
		return submit(tracker(status), send);
	}

	/**
	 * Poll a job at once, because the provider said it changed (a webhook).
	 * @param jobId the job's id
	 * @return {@code true} if the job is being followed here
	 */
	protected final boolean pollNow(String jobId) {
		return this.poller.pollNow(this.provider, jobId);
	}

	@Override
	public final GenerationJob<R> resume(String jobId) {
		return this.poller.resume(this.tracker, jobId, this.settings);
	}

	@Override
	public final String provider() {
		return this.provider;
	}

	private GenerationJob<R> submit(JobTracker<R> tracker, Supplier<String> send) {
		return this.poller.submit(tracker, send, this.settings);
	}

	private JobTracker<R> tracker(StatusCall<R> status) {
		return new Tracker<>(this.provider, status);
	}

	/**
	 * One call to the provider about a job, read as a {@link JobStatus}: the provider's
	 * own part of a {@link JobTracker}.
	 *
	 * @param <R> the result of a successful job
	 */
	@FunctionalInterface
	public interface StatusCall<R> {

		/**
		 * Ask the provider about a job, once.
		 * @param jobId the job's id
		 * @return what the provider said
		 * @throws RuntimeException if the call failed (see {@link JobTracker#poll})
		 */
		JobStatus<R> poll(String jobId);

	}

	private record Tracker<R>(String provider, StatusCall<R> status) implements JobTracker<R> {

		@Override
		public JobStatus<R> poll(String jobId) {
			return this.status.poll(jobId);
		}

	}

}
