package io.github.genmedia.providers.autoconfigure.provider;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;

/**
 * A built-in provider that needs nothing but its preset: an API key, sent as the preset
 * says. A provider package subclasses it with a no-argument constructor, which is what
 * {@code spring.factories} instantiates.
 *
 * @since 0.1.0
 */
public abstract class ApiKeyBuiltInProvider implements BuiltInProvider {

	private final ProviderPreset preset;

	private final Class<? extends ApiKeyProviderProperties> propertiesType;

	/**
	 * Create the provider.
	 * @param preset its documented defaults
	 * @param propertiesType the type {@code providers.<name>} binds to, annotated with
	 * its prefix for the configuration metadata
	 */
	protected ApiKeyBuiltInProvider(ProviderPreset preset, Class<? extends ApiKeyProviderProperties> propertiesType) {
		this.preset = preset;
		this.propertiesType = propertiesType;
	}

	@Override
	public final ProviderPreset preset() {
		return this.preset;
	}

	@Override
	public final Class<? extends ApiKeyProviderProperties> propertiesType() {
		return this.propertiesType;
	}

}
