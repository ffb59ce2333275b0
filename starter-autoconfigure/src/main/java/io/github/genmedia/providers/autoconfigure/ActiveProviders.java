package io.github.genmedia.providers.autoconfigure;

import java.util.List;

import io.github.genmedia.providers.definition.ProviderDefinition;

/**
 * The providers resolved at startup, shared by the beans that need them so that
 * {@code providers.*} is bound and validated once. Holds the credentials: meant for
 * infrastructure such as health probes, not for display (use {@link ProviderSettings}).
 *
 * @param definitions the active providers, in configuration order
 */
public record ActiveProviders(List<ProviderDefinition> definitions) {

	static final String BEAN_NAME = "genmediaActiveProviders";

	public ActiveProviders {
		definitions = List.copyOf(definitions);
	}

	/**
	 * Return the definition of an active provider.
	 * @param provider the provider name
	 * @return its definition, or empty when it is not active
	 */
	public java.util.Optional<ProviderDefinition> find(String provider) {
		return this.definitions.stream().filter((definition) -> definition.name().equals(provider)).findFirst();
	}

}
