package io.github.genmedia.providers.job;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where the {@link JobPoller} records each job it follows until the job's outcome, so
 * that jobs outlive the instance that follows them: a store shared by several instances
 * (Redis, in the starter) lets another instance take a job up when its owner is gone, and
 * decides which instance reports an outcome, once.
 * <p>
 * The default, {@link #inMemory()}, keeps the records of this poller only: nothing
 * outlives the process, as without a store.
 *
 * @since 0.1.0
 */
public interface JobStore {

	/**
	 * Record a job this instance follows from now on. A job recorded already (taken over,
	 * or resumed by the application) keeps its record, correlation key included; only its
	 * owner becomes this instance.
	 * @param job the job
	 * @throws RuntimeException if the store cannot be reached; the job is followed all the
	 * same
	 */
	void record(JobRecord job);

	/**
	 * End a job's record at its outcome, atomically: of the instances that see the
	 * outcome, one gets the record and reports it.
	 * @param provider the provider
	 * @param jobId the job's id
	 * @return the record, or empty when it was ended already (by another instance, or by
	 * another follower of the job here) or never made
	 * @throws RuntimeException if the store cannot be reached
	 */
	Optional<JobRecord> forget(String provider, String jobId);

	/**
	 * Ask the instance that follows a job, if another one does, to poll it at once (a
	 * webhook arrived here for a job submitted elsewhere).
	 * @param provider the provider
	 * @param jobId the job's id
	 */
	default void pollElsewhere(String provider, String jobId) {
	}

	/**
	 * Return a secret every instance sharing this store agrees on, such as the one a
	 * provider's webhooks carry, so that a delivery to any instance is accepted.
	 * @param name what the secret is for, such as {@code autype-webhook}
	 * @param proposal a new secret of this instance's, which the store keeps when it has
	 * none of that name yet
	 * @return the secret the store keeps (the proposal, for the first instance); by
	 * default, for a store that is not shared, the proposal: each instance then uses its
	 * own
	 */
	default String sharedSecret(String name, String proposal) {
		return proposal;
	}

	/**
	 * Return what the store is, for health and logs.
	 * @return for example {@code local} or {@code redis}
	 */
	default String name() {
		return "custom";
	}

	/**
	 * Return a store that keeps the records of one poller in memory.
	 * @return a new store
	 */
	static JobStore inMemory() {
		return new InMemoryJobStore();
	}

}
