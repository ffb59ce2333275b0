package io.github.genmedia.providers.autoconfigure;

import java.util.function.Consumer;

import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Callback to customize the {@link RestClient.Builder} of one provider's client, or of all
 * of them, before it is built.
 * <p>
 * Unlike Spring Boot's {@code RestClientCustomizer}, which reaches every
 * {@code RestClient} in the application, this one is told which provider it is
 * customizing, so an interceptor can be added to one provider alone. Customizers run in
 * {@code @Order} order; the provider's pipeline is applied after them, so its request
 * factory, base URL and error handling hold whatever a customizer sets.
 * <p>
 * An interceptor added here runs once per call, before the pipeline's stages: it sees
 * neither the credential nor the retries and redirect hops. Any interceptor makes Spring
 * buffer each request body in memory, a streamed upload included; a header for one
 * provider is better set in its {@code default-headers}, which stay on its origin.
 * <p>
 * {@link #of(String, Consumer)} makes one that customizes one provider alone, as
 * resilience4j's {@code *ConfigCustomizer.of(name, ...)} do.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProviderRestClientCustomizer {

	/**
	 * Customize a provider's builder.
	 * @param provider the provider name, as configured under {@code providers.<name>}
	 * @param builder the builder of the provider's client, from Spring Boot's
	 * {@code RestClient.Builder}
	 */
	void customize(String provider, RestClient.Builder builder);

	/**
	 * Return a customizer of one provider's builder: the others' are left alone.
	 * @param provider the provider name, as configured under {@code providers.<name>}
	 * @param customizer customizes that provider's builder
	 * @return the customizer
	 */
	static ProviderRestClientCustomizer of(String provider, Consumer<RestClient.Builder> customizer) {
		Assert.hasText(provider, "provider must not be empty");
		Assert.notNull(customizer, "customizer must not be null");
		return (name, builder) -> {
			if (provider.equals(name)) {
				customizer.accept(builder);
			}
		};
	}

}
