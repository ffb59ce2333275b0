package io.github.genmedia.providers.autoconfigure.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The {@link BuiltInProvider}s on the classpath, by name.
 *
 * @since 0.1.0
 */
public final class BuiltInProviders {

	private final Map<String, BuiltInProvider> byName;

	private BuiltInProviders(List<BuiltInProvider> providers) {
		Map<String, BuiltInProvider> byName = new LinkedHashMap<>();
		providers.forEach((provider) -> byName.put(provider.preset().name(), provider));
		this.byName = byName;
	}

	/**
	 * Load the providers listed in {@code META-INF/spring.factories}.
	 * @param classLoader the class loader, or {@code null} for the default
	 * @return the providers
	 */
	public static BuiltInProviders load(@Nullable ClassLoader classLoader) {
		return new BuiltInProviders(
				SpringFactoriesLoader.forDefaultResourceLocation(classLoader).load(BuiltInProvider.class));
	}

	/**
	 * Return the built-in provider of a name.
	 * @param name a provider name
	 * @return the provider, or empty for one the application declares
	 */
	public Optional<BuiltInProvider> find(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * Return every built-in provider.
	 * @return the providers, in the order they are listed
	 */
	public List<BuiltInProvider> all() {
		return List.copyOf(this.byName.values());
	}

	/**
	 * Return the properties type of a provider name.
	 * @param name a provider name
	 * @return the built-in provider's type, or {@link ApiKeyProviderProperties}
	 */
	Class<? extends ProviderProperties> propertiesType(String name) {
		return find(name).<Class<? extends ProviderProperties>>map(BuiltInProvider::propertiesType)
			.orElse(ApiKeyProviderProperties.class);
	}

	/**
	 * Return unset properties of a provider name.
	 * @param name a provider name
	 * @return new properties of its type
	 */
	ProviderProperties newProperties(String name) {
		return BeanUtils.instantiateClass(propertiesType(name));
	}

}
