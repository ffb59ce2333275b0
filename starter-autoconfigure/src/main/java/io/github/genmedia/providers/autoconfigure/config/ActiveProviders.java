package io.github.genmedia.providers.autoconfigure.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The providers resolved at startup, shared by the beans that need them so that
 * {@code providers.*} is bound and validated once. Holds the credentials: meant for
 * infrastructure such as health probes, not for display.
 *
 * @param providers the active providers, in configuration order
 */
public record ActiveProviders(List<ActiveProvider> providers) {

	/** The name of the bean the registrar defines. */
	public static final String BEAN_NAME = "genmediaActiveProviders";

	public ActiveProviders {
		providers = List.copyOf(providers);
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
