package io.github.genmedia.providers.autoconfigure.provider;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.genmedia.providers.autoconfigure.properties.RateLimitStore;
import io.github.genmedia.providers.autoconfigure.resolution.ProviderResolution;


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
 * @since 0.1.0
 */
public record ActiveProviders(List<ActiveProvider> providers, List<InactiveProvider> inactive,
		RateLimitStore rateLimitStore) {

	/** The name of the bean the registrar defines, with {@link ProviderResolution#activeProviders}. */
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
