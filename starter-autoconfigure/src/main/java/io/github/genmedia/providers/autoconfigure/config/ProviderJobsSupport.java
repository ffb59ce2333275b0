package io.github.genmedia.providers.autoconfigure.config;

import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.job.ProviderJobs;

import org.springframework.beans.factory.BeanFactory;

/**
 * A built-in provider's generation jobs: the bean the application injects (such as
 * {@code SunorJobs}), its documented polling defaults, and how to create it. Returned by
 * {@link BuiltInProvider#jobs()}.
 *
 * @param <J> the jobs bean
 */
public interface ProviderJobsSupport<J extends ProviderJobs<?>> {

	/**
	 * Return the type of the jobs bean.
	 * @return the type
	 */
	Class<J> type();

	/**
	 * Return the provider's polling defaults, from its docs.
	 * @return the defaults
	 */
	PollingSettings defaults();

	/**
	 * Create the jobs bean.
	 * @param provider the active provider
	 * @param settings its polling settings
	 * @param poller the application's poller
	 * @param beanFactory for the provider's typed API
	 * @return the jobs bean
	 */
	J create(ActiveProvider provider, PollingSettings settings, JobPoller poller, BeanFactory beanFactory);

}
