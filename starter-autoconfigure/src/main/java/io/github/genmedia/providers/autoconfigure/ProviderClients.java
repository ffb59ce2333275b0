package io.github.genmedia.providers.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.RequestCredential;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;

import org.springframework.web.client.RestClient;

/**
 * Access to every active provider's client by name, for code that picks a provider at
 * run time rather than injecting {@code sunorRestClient} and friends.
 * <p>
 * Clients are the beans, so a user-defined {@code <name>RestClient} bean that
 * replaced the starter's is the one returned here too.
 *
 * @since 0.1.0
 */
public class ProviderClients {

	private final Map<String, ProviderSummary> summaries;

	private final Map<String, RestClient> clients;

	/**
	 * Create the access.
	 * @param providers the active providers
	 * @param settings how their HTTP clients are set up
	 * @param clients each provider's client bean, by provider name
	 */
	public ProviderClients(ActiveProviders providers, ProviderClientSettings settings,
			Map<String, RestClient> clients) {
		Map<String, ProviderSummary> byName = new LinkedHashMap<>();
		providers.providers()
			.forEach((provider) -> byName.put(provider.name(),
					ProviderSummary.of(provider.definition(), settings.of(provider))));
		this.summaries = Collections.unmodifiableMap(byName);
		this.clients = Map.copyOf(clients);
	}

	/**
	 * Return the bean name of a provider's client: the provider name in camel case
	 * followed by {@code RestClient}, so {@code my-tts} becomes {@code myTtsRestClient}.
	 * @param provider the provider name
	 * @return the bean name
	 */
	public static String restClientBeanName(String provider) {
		return beanName(provider, "RestClient");
	}

	/**
	 * Return the name of a bean of a provider: the provider's name in camel case, then a
	 * suffix, such as {@code myTtsRestClient} or {@code sunorJobs}.
	 * @param provider the provider name
	 * @param suffix what the bean is
	 * @return the bean name
	 */
	public static String beanName(String provider, String suffix) {
		StringBuilder name = new StringBuilder();
		boolean upperNext = false;
		for (char ch : provider.toCharArray()) {
			if (ch == '-') {
				upperNext = name.length() > 0;
			}
			else if (upperNext) {
				name.append(Character.toUpperCase(ch));
				upperNext = false;
			}
			else {
				name.append(ch);
			}
		}
		return name.append(suffix).toString();
	}

	/**
	 * Return the client of an active provider.
	 * @param provider the provider name
	 * @return its client
	 * @throws IllegalArgumentException if no such provider is active
	 */
	public RestClient restClient(String provider) {
		requireActive(provider);
		RestClient client = this.clients.get(provider);
		if (client == null) {
			throw new IllegalStateException("No client bean of provider '" + provider + "'");
		}
		return client;
	}

	/**
	 * Return a view of an active provider's client whose requests carry a tenant's own
	 * key instead of the configured ones: for a multi-tenant application whose tenants
	 * bring their keys. The key goes only to the provider's origin, draws on a rate-limit
	 * budget of its own, joins no rotation and is kept by nothing but the view: make one
	 * per tenant request, or keep it as long as the tenant's key is valid. Everything else
	 * (retries, metrics, your interceptors) is the provider client's.
	 * <p>
	 * For one request, set the {@link RequestCredential#TENANT_ATTRIBUTE} attribute
	 * instead. Suno's accounts are chosen per request by a {@code Cookie} header.
	 * @param provider the provider name
	 * @param credential the tenant's key, checked like a configured one when a request is
	 * made
	 * @return the view
	 * @throws IllegalArgumentException if no such provider is active
	 */
	public RestClient restClient(String provider, Credential credential) {
		return restClient(provider).mutate()
			.defaultRequest((request) -> request.attribute(RequestCredential.TENANT_ATTRIBUTE, credential))
			.build();
	}

	/**
	 * Return the names of the active providers.
	 * @return the names, in configuration order
	 */
	public Set<String> names() {
		return this.summaries.keySet();
	}

	/**
	 * Return what a provider's client was built with, with the credential masked.
	 * @param provider the provider name
	 * @return its summary
	 * @throws IllegalArgumentException if no such provider is active
	 */
	public ProviderSummary summary(String provider) {
		requireActive(provider);
		return Objects.requireNonNull(this.summaries.get(provider));
	}

	private void requireActive(String provider) {
		if (!this.summaries.containsKey(provider)) {
			throw new IllegalArgumentException("No active provider named '" + provider + "'; active providers: "
					+ this.summaries.keySet() + ". A provider is active when its credential is set.");
		}
	}

	@Override
	public String toString() {
		return "ProviderClients" + this.summaries.keySet();
	}

}
