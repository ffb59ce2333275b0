package io.github.genmedia.providers.autoconfigure;

import java.util.List;

import io.github.genmedia.providers.definition.ProviderDefinition;

/**
 * The providers resolved at startup, shared by the beans that need them so that
 * {@code providers.*} is bound and validated once.
 *
 * @param definitions the active providers, in configuration order
 */
record ActiveProviders(List<ProviderDefinition> definitions) {

	static final String BEAN_NAME = "genmediaActiveProviders";

	ActiveProviders {
		definitions = List.copyOf(definitions);
	}

}
