package io.github.genmedia.providers.autoconfigure;

import java.util.LinkedHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of every provider, keyed by provider name: {@code providers.<name>.*}.
 * <p>
 * A map, like Spring Boot's own {@code spring.http.serviceclient.<group>}, because users
 * name their own providers next to the built-in ones. The properties of each entry are
 * described in {@link ProviderProperties}; IDE help for them comes from
 * {@code additional-spring-configuration-metadata.json}, since the configuration
 * processor does not expand map values.
 */
@ConfigurationProperties(ProvidersProperties.PREFIX)
public class ProvidersProperties extends LinkedHashMap<String, ProviderProperties> {

	/**
	 * The prefix of every provider property.
	 */
	public static final String PREFIX = "providers";

}
