package io.github.genmedia.providers.autoconfigure.sunor;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.JobsConfigurable;
import io.github.genmedia.providers.autoconfigure.properties.JobsProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Sunor's settings, under {@code providers.sunor}: those of every API-key provider, and how
 * its generation jobs are polled. Annotated for the configuration metadata only: bound
 * with the other providers, never registered as a bean.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("providers.sunor")
public class SunorProperties extends ApiKeyProviderProperties implements JobsConfigurable {

	/**
	 * How Sunor's generation jobs are polled.
	 */
	@NestedConfigurationProperty
	private final JobsProperties jobs = new JobsProperties();

	@Override
	public JobsProperties getJobs() {
		return this.jobs;
	}

}
