package io.github.genmedia.providers.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Callback to customize the {@link RestClient.Builder} of one provider's client, or of all
 * of them, before it is built.
 * <p>
 * Unlike Spring Boot's {@code RestClientCustomizer}, which reaches every
 * {@code RestClient} in the application, this one is told which provider it is
 * customizing, so an interceptor can be added to one provider alone. Customizers run
 * after the starter's own configuration, in {@code @Order} order.
 */
@FunctionalInterface
public interface ProviderRestClientCustomizer {

	/**
	 * Customize a provider's builder.
	 * @param provider the provider name, as configured under {@code providers.<name>}
	 * @param builder the builder, already holding base URL, credential and error handling
	 */
	void customize(String provider, RestClient.Builder builder);

}
