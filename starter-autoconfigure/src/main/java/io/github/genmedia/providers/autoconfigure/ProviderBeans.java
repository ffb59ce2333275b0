package io.github.genmedia.providers.autoconfigure;

import java.util.Map;

import org.springframework.web.client.RestClient;

/**
 * The factory methods of the beans {@link ProviderRestClientsRegistrar} defines per
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
