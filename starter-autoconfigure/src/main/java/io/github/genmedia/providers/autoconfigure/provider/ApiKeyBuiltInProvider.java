package io.github.genmedia.providers.autoconfigure.provider;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import org.jspecify.annotations.Nullable;

/**
 * A built-in provider that needs nothing but its preset: an API key, sent as the preset
 * says, its typed API, and its generation jobs if it has some. A provider package
 * subclasses it with a no-argument constructor, which is what {@code spring.factories}
 * instantiates.
 *
 * @since 0.1.0
 */
public abstract class ApiKeyBuiltInProvider implements BuiltInProvider {

	private final ProviderPreset preset;

	private final Class<? extends ApiKeyProviderProperties> propertiesType;

	private final List<Class<?>> httpServices;

	private final @Nullable ProviderJobsSupport<?> jobs;

	/**
	 * Create a provider without a typed API.
	 * @param preset its documented defaults
	 * @param propertiesType the type {@code providers.<name>} binds to, annotated with
	 * its prefix for the configuration metadata
	 */
	protected ApiKeyBuiltInProvider(ProviderPreset preset, Class<? extends ApiKeyProviderProperties> propertiesType) {
		this(preset, propertiesType, List.of(), null);
	}

	/**
	 * Create a provider with a typed API and no generation jobs.
	 * @param preset its documented defaults
	 * @param propertiesType the type {@code providers.<name>} binds to
	 * @param api the {@code @HttpExchange} interface registered in its group
	 */
	protected ApiKeyBuiltInProvider(ProviderPreset preset, Class<? extends ApiKeyProviderProperties> propertiesType,
			Class<?> api) {
		this(preset, propertiesType, List.of(api), null);
	}

	/**
	 * Create a provider whose generation jobs are built over its typed API.
	 * @param preset its documented defaults
	 * @param propertiesType the type {@code providers.<name>} binds to
	 * @param jobs its jobs, whose {@link ProviderJobsSupport#api() API} is registered in
	 * its group
	 */
	protected ApiKeyBuiltInProvider(ProviderPreset preset, Class<? extends ApiKeyProviderProperties> propertiesType,
			ProviderJobsSupport<?> jobs) {
		this(preset, propertiesType, List.of(jobs.api()), jobs);
	}

	private ApiKeyBuiltInProvider(ProviderPreset preset, Class<? extends ApiKeyProviderProperties> propertiesType,
			List<Class<?>> httpServices, @Nullable ProviderJobsSupport<?> jobs) {
		this.preset = preset;
		this.propertiesType = propertiesType;
		this.httpServices = httpServices;
		this.jobs = jobs;
	}

	@Override
	public final ProviderPreset preset() {
		return this.preset;
	}

	@Override
	public final Class<? extends ApiKeyProviderProperties> propertiesType() {
		return this.propertiesType;
	}

	@Override
	public final List<Class<?>> httpServices() {
		return this.httpServices;
	}

	@Override
	public final @Nullable ProviderJobsSupport<?> jobs() {
		return this.jobs;
	}

}
