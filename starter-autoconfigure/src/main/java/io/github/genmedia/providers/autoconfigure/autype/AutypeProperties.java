package io.github.genmedia.providers.autoconfigure.autype;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.JobsConfigurable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Autype's settings, under {@code providers.autype}: those of every API-key provider.
 * Annotated for the configuration metadata only: bound with the other providers, never
 * registered as a bean.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("providers.autype")
public class AutypeProperties extends ApiKeyProviderProperties implements JobsConfigurable {

	/**
	 * How Autype's render jobs are followed.
	 */
	@NestedConfigurationProperty
	private final AutypeJobsProperties jobs = new AutypeJobsProperties();

	@Override
	public AutypeJobsProperties getJobs() {
		return this.jobs;
	}

}
