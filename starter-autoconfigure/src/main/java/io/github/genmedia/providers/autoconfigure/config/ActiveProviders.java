package io.github.genmedia.providers.autoconfigure.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;

/**
 * The providers resolved at startup, shared by the beans that need them so that
 * {@code providers.*} is bound and validated once. Holds the credentials: meant for
 * infrastructure such as health probes, not for display.
 *
 * @param providers the active providers, in configuration order
 * @param inactive the providers that are known (built in, or configured) but not active,
 * and why
 * @param rateLimitStore where the providers' rate-limit buckets live
 * ({@code providers.rate-limit.store})
 */
public record ActiveProviders(List<ActiveProvider> providers, List<InactiveProvider> inactive,
		RateLimitStore rateLimitStore) {

	/** The name of the bean the registrar defines. */
	public static final String BEAN_NAME = "genmediaActiveProviders";

	public ActiveProviders {
		providers = List.copyOf(providers);
		inactive = List.copyOf(inactive);
	}

	/**
	 * Create the result with local rate-limit buckets.
	 * @param providers the active providers
	 * @param inactive the known providers that are not active
	 */
	public ActiveProviders(List<ActiveProvider> providers, List<InactiveProvider> inactive) {
		this(providers, inactive, RateLimitStore.LOCAL);
	}

	/**
	 * Create the result with active providers only.
	 * @param providers the active providers
	 */
	public ActiveProviders(List<ActiveProvider> providers) {
		this(providers, List.of());
	}

	/**
	 * Return the providers that {@code ProvidersAutoConfiguration} resolved, while bean
	 * definitions are still being registered and before any bean exists: for registrars
	 * of later auto-configurations, which must not bind and check {@code providers.*}
	 * once more.
	 * @param beanFactory the bean factory being populated
	 * @return the providers, or empty when they were not registered
	 */
	public static Optional<ActiveProviders> registered(ListableBeanFactory beanFactory) {
		if (beanFactory instanceof ConfigurableListableBeanFactory configurable
				&& configurable.containsBeanDefinition(BEAN_NAME)
				&& configurable.getBeanDefinition(BEAN_NAME) instanceof AbstractBeanDefinition definition
				&& definition.getInstanceSupplier() != null
				&& definition.getInstanceSupplier().get() instanceof ActiveProviders providers) {
			return Optional.of(providers);
		}
		return Optional.empty();
	}

	/**
	 * Return why a known provider is not active.
	 * @param name the provider name
	 * @return what is missing, or empty when the provider is active or unknown
	 */
	public Optional<InactiveProvider> findInactive(String name) {
		return this.inactive.stream().filter((provider) -> provider.name().equals(name)).findFirst();
	}

	/**
	 * Return an active provider.
	 * @param name the provider name
	 * @return the provider, or empty when it is not active
	 */
	public Optional<ActiveProvider> find(String name) {
		return this.providers.stream().filter((provider) -> provider.name().equals(name)).findFirst();
	}

	/**
	 * Return the names of the active providers.
	 * @return the names, in configuration order
	 */
	public Set<String> names() {
		Set<String> names = new LinkedHashSet<>();
		this.providers.forEach((provider) -> names.add(provider.name()));
		return names;
	}

	@Override
	public String toString() {
		return "ActiveProviders" + names();
	}

}
