package io.github.genmedia.providers.autoconfigure;

import java.util.Map;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.ProviderJobsSupport;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.job.ProviderJobs;

import org.springframework.web.client.RestClient;

/**
 * The factory methods of the beans {@link ProviderBeansRegistrar} defines per
 * provider. A bean definition that names a factory method and its arguments, rather than
 * holding a function, is one Spring's AOT processing can write out as code.
 * <p>
 * Not meant to be called by applications.
 *
 * @since 0.1.0
 */
public final class ProviderBeans {

	private ProviderBeans() {
	}

	/**
	 * Create the {@code <name>RestClient} bean.
	 * @param factory builds the client
	 * @param runtimes the providers' runtimes
	 * @param provider the provider's name
	 * @return its client
	 */
	public static RestClient restClient(ProviderRestClientFactory factory, ProviderRuntimes runtimes,
			String provider) {
		return factory.create(runtimes.get(provider));
	}

	/**
	 * Create the clients by provider name, for {@link ProviderClients}.
	 * @param clients each provider's client bean, the application's where it defines one
	 * @return the clients
	 */
	public static ProviderRestClients restClients(Map<String, RestClient> clients) {
		return new ProviderRestClients(clients);
	}

	/**
	 * Create a provider's jobs bean ({@code SunorJobs}, ...).
	 * @param providers the active providers
	 * @param provider the provider's name
	 * @param api the provider's typed API bean
	 * @param poller the application's poller
	 * @return the jobs bean
	 */
	public static ProviderJobs<?> jobs(ActiveProviders providers, String provider, Object api, JobPoller poller) {
		ActiveProvider active = providers.find(provider)
			.orElseThrow(() -> new IllegalStateException("Provider '" + provider + "' is not active"));
		ProviderJobsSupport<?> jobs = active.jobs();
		if (jobs == null) {
			throw new IllegalStateException("Provider '" + provider + "' has no generation jobs");
		}
		PollingSettings polling = active.polling();
		return jobs.create(active, (polling != null) ? polling : jobs.defaults(), poller, api);
	}

	/**
	 * The client of each active provider, by provider name.
	 *
	 * @param clients the clients
	 */
	public record ProviderRestClients(Map<String, RestClient> clients) {

		public ProviderRestClients {
			clients = Map.copyOf(clients);
		}

	}

}
