package io.github.genmedia.providers.autoconfigure.properties;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Settings of a provider authenticated by an API key whose generation jobs are polled:
 * those of every API-key provider, and {@code jobs.*}. A provider whose jobs need nothing
 * more takes it as it is; one whose jobs take more (Autype's webhook) or whose credential
 * is not an API key (Suno's cookie) has its own {@code jobs}.
 *
 * @since 0.1.0
 */
public abstract class PolledProviderProperties extends ApiKeyProviderProperties implements JobsConfigurable {

	/**
	 * How the provider's generation jobs are polled.
	 */
	@NestedConfigurationProperty
	private final JobsProperties jobs = new JobsProperties();

	@Override
	public JobsProperties getJobs() {
		return this.jobs;
	}

}
