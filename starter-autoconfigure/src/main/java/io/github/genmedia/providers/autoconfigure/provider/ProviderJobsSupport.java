package io.github.genmedia.providers.autoconfigure.provider;

import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.job.ProviderJobs;

/**
 * A built-in provider's generation jobs: the bean the application injects (such as
 * {@code SunorJobs}), its documented polling defaults, and how to create it. Returned by
 * {@link BuiltInProvider#jobs()}.
 *
 * @param <J> the jobs bean
 * @since 0.1.0
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
	 * Return the typed API the jobs bean is built over, whose bean it is given.
	 * @return the API's type
	 */
	Class<?> api();

	/**
	 * Create the jobs bean.
	 * @param provider the active provider
	 * @param settings its polling settings
	 * @param poller the application's poller
	 * @param api the provider's typed API bean, of {@link #api()}
	 * @return the jobs bean
	 */
	J create(ActiveProvider provider, PollingSettings settings, JobPoller poller, Object api);

}
