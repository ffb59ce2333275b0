package io.github.genmedia.providers.autoconfigure.provider;

import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.job.PollingSettings;
import org.jspecify.annotations.Nullable;

/**
 * A provider whose client is created, resolved once from {@code providers.<name>}: every
 * setting typed and checked, so that nothing after startup reads the properties again.
 *
 * @param definition the validated definition; holds the credential
 * @param health how its health is judged
 * @param builtIn the built-in provider, or {@code null} for one the application declares
 * @param keys the configured credentials, and the file they are read from
 * @param polling the polling settings of a provider with generation jobs, or {@code null}
 * @param sslBundle the name of the SSL bundle of its clients ({@code ssl.bundle}), or
 * {@code null}
 * @param own the built-in provider's own settings ({@link BuiltInProvider#settings}), or
 * {@code null}
 * @since 0.1.0
 */
public record ActiveProvider(ProviderDefinition definition, ProviderHealthSettings health,
		@Nullable BuiltInProvider builtIn, ConfiguredKeys keys, @Nullable PollingSettings polling,
		@Nullable String sslBundle, @Nullable Object own) {

	/**
	 * Return the provider's name.
	 * @return the name under {@code providers}
	 */
	public String name() {
		return this.definition.name();
	}

	/**
	 * Return the provider's generation jobs, if it is a built-in provider that has them.
	 * @return its jobs, or {@code null}
	 */
	public @Nullable ProviderJobsSupport<?> jobs() {
		return (this.builtIn != null) ? this.builtIn.jobs() : null;
	}

	/**
	 * Return the built-in provider's own settings.
	 * @param <T> their type
	 * @param type the type {@link BuiltInProvider#settings} returns
	 * @return the settings
	 * @throws IllegalStateException when the provider has none of that type
	 */
	public <T> T own(Class<T> type) {
		if (!type.isInstance(this.own)) {
			throw new IllegalStateException("Provider '" + name() + "' has no settings of " + type.getSimpleName());
		}
		return type.cast(this.own);
	}

	/**
	 * Return a copy with another definition, for a client built differently, such as a
	 * health probe's.
	 * @param definition the definition
	 * @return the copy
	 */
	public ActiveProvider withDefinition(ProviderDefinition definition) {
		return new ActiveProvider(definition, this.health, this.builtIn, this.keys, this.polling, this.sslBundle,
				this.own);
	}

	@Override
	public String toString() {
		return "ActiveProvider[" + this.definition + "]";
	}

}
