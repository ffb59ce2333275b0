package io.github.genmedia.providers.autoconfigure.properties;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Settings of a provider authenticated by an API key whose generation jobs are polled:
 * those of every API-key provider, and {@code jobs.*}. Sunor and Whisul take it as it is;
 * Autype's jobs also take a webhook, and Suno's credential is a cookie, so both add their
 * own {@code jobs}.
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
