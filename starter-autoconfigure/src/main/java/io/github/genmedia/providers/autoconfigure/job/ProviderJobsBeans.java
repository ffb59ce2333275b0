package io.github.genmedia.providers.autoconfigure.job;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderJobsSupport;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.job.ProviderJobs;

/**
 * The factory method of the {@code <name>Jobs} beans {@link ProviderJobsRegistrar}
 * defines. Not meant to be called by applications.
 *
 * @since 0.1.0
 */
public final class ProviderJobsBeans {

	private ProviderJobsBeans() {
	}

	/**
	 * Create a provider's jobs bean.
	 * @param providers the active providers
	 * @param provider the provider's name
	 * @param api the provider's typed API bean
	 * @param poller the application's poller
	 * @return the jobs bean
	 */
	public static ProviderJobs<?> jobs(ActiveProviders providers, String provider, Object api, JobPoller poller) {
		ActiveProvider active = providers.find(provider)
			.orElseThrow(() -> new IllegalStateException("Provider '" + provider + "' is not active"));
		BuiltInProvider builtIn = active.builtIn();
		ProviderJobsSupport<?> jobs = (builtIn != null) ? builtIn.jobs() : null;
		if (jobs == null) {
			throw new IllegalStateException("Provider '" + provider + "' has no generation jobs");
		}
		PollingSettings polling = active.polling();
		return jobs.create(active, (polling != null) ? polling : jobs.defaults(), poller, api);
	}

}
