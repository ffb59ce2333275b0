package io.github.genmedia.providers.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.genmedia.providers.definition.ProviderDefinition;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.web.client.RestClient;

/**
 * Access to every active provider's client by name, for code that picks a provider at
 * run time rather than injecting {@code sunorRestClient} and friends.
 * <p>
 * Clients are looked up as beans, so a user-defined {@code <name>RestClient} bean that
 * replaced the starter's is the one returned here too.
 */
public class ProviderClients {

	private final Map<String, ProviderSettings> settings;

	private final BeanFactory beanFactory;

	public ProviderClients(List<ProviderDefinition> definitions, BeanFactory beanFactory) {
		Map<String, ProviderSettings> byName = new LinkedHashMap<>();
		definitions.forEach((definition) -> byName.put(definition.name(), ProviderSettings.of(definition)));
		this.settings = Collections.unmodifiableMap(byName);
		this.beanFactory = beanFactory;
	}

	/**
	 * Return the bean name of a provider's client: the provider name in camel case
	 * followed by {@code RestClient}, so {@code my-tts} becomes {@code myTtsRestClient}.
	 * @param provider the provider name
	 * @return the bean name
	 */
	public static String restClientBeanName(String provider) {
		StringBuilder name = new StringBuilder();
		boolean upperNext = false;
		for (char ch : provider.toCharArray()) {
			if (!Character.isLetterOrDigit(ch)) {
				upperNext = name.length() > 0;
			}
			else if (upperNext) {
				name.append(Character.toUpperCase(ch));
				upperNext = false;
			}
			else {
				name.append((name.length() == 0) ? Character.toLowerCase(ch) : ch);
			}
		}
		return name.append("RestClient").toString();
	}

	/**
	 * Return the client of an active provider.
	 * @param provider the provider name
	 * @return its client
	 * @throws IllegalArgumentException if no such provider is active
	 */
	public RestClient restClient(String provider) {
		requireActive(provider);
		return this.beanFactory.getBean(restClientBeanName(provider), RestClient.class);
	}

	/**
	 * Return the names of the active providers.
	 * @return the names, in configuration order
	 */
	public Set<String> names() {
		return this.settings.keySet();
	}

	/**
	 * Return what a provider's client was built with, with the credential masked.
	 * @param provider the provider name
	 * @return its settings
	 * @throws IllegalArgumentException if no such provider is active
	 */
	public ProviderSettings settings(String provider) {
		requireActive(provider);
		return this.settings.get(provider);
	}

	private void requireActive(String provider) {
		if (!this.settings.containsKey(provider)) {
			throw new IllegalArgumentException("No active provider named '" + provider + "'; active providers: "
					+ this.settings.keySet() + ". A provider is active when its credential is set.");
		}
	}

	@Override
	public String toString() {
		return "ProviderClients" + this.settings.keySet();
	}

}
