package io.github.genmedia.providers.architecture.violation;

import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;

/**
 * Breaks the properties rule, for {@code ArchitectureTests}: reads bound properties after
 * startup.
 */
class PropertiesAfterStartup {

	String baseUrl(ProviderProperties properties) {
		return String.valueOf(properties.getBaseUrl());
	}

}
