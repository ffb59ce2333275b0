package io.github.genmedia.providers.autoconfigure.properties;

/**
 * The properties of a provider with generation jobs: {@code providers.<name>.jobs.*}.
 *
 * @since 0.1.0
 */
public interface JobsConfigurable {

	/**
	 * Return how the provider's jobs are polled.
	 * @return the properties
	 */
	JobsProperties getJobs();

}
