package io.github.genmedia.providers.autoconfigure.properties;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where generation jobs are recorded until their outcome, under {@code providers.jobs}:
 * a name no provider can take. Checked strictly with the rest of {@code providers.*} by
 * {@code ProvidersBinder}, and bound by the jobs auto-configuration.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("providers.jobs")
public class ProvidersJobsProperties {

	/**
	 * Where jobs are recorded: 'local' (in this instance's memory: a job is lost with its
	 * instance unless the application resumes it) or 'redis' (shared by the instances
	 * that use the same Redis and key prefix: a job whose instance is gone is taken over
	 * by another, a webhook received by any instance reaches the one following the job;
	 * needs spring-boot-data-redis with Lettuce).
	 */
	private JobStoreType store = JobStoreType.LOCAL;

	/**
	 * How long an instance's jobs stay its own after it was last seen alive, with
	 * store=redis: it renews its lease every third of this, and another instance takes
	 * its jobs over once the lease has lapsed. An instance that shuts down gracefully
	 * hands its jobs over at once.
	 */
	private Duration leaseDuration = Duration.ofSeconds(30);

	/**
	 * The start of every Redis key and channel of the jobs, with store=redis: instances
	 * share jobs only with the same prefix.
	 */
	private String keyPrefix = "genmedia:jobs";

	public JobStoreType getStore() {
		return this.store;
	}

	public void setStore(JobStoreType store) {
		this.store = store;
	}

	public Duration getLeaseDuration() {
		return this.leaseDuration;
	}

	public void setLeaseDuration(Duration leaseDuration) {
		this.leaseDuration = leaseDuration;
	}

	public String getKeyPrefix() {
		return this.keyPrefix;
	}

	public void setKeyPrefix(String keyPrefix) {
		this.keyPrefix = keyPrefix;
	}

	/**
	 * Where generation jobs are recorded.
	 *
	 * @since 0.1.0
	 */
	public enum JobStoreType {

		/** In this instance's memory: nothing outlives it. */
		LOCAL,

		/** In Redis, shared by every instance that uses it with the same key prefix. */
		REDIS

	}

}
