package io.github.genmedia.providers.autoconfigure.config;

import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.job.PollingSettings;
import org.jspecify.annotations.Nullable;

/**
 * A provider whose client is created: its resolved definition, the properties it was
 * resolved from, and what makes it special when it is built in.
 *
 * @param definition the validated definition; holds the credential
 * @param properties the bound properties, of the provider's properties type
 * @param health how its health is judged
 * @param builtIn the built-in provider, or {@code null} for one the application declares
 * @param keys the configured credentials, and the file they are read from
 * @param polling the polling settings of a provider with generation jobs, or {@code null}
 */
public record ActiveProvider(ProviderDefinition definition, ProviderProperties properties,
		ProviderHealthSettings health, @Nullable BuiltInProvider builtIn, ConfiguredKeys keys,
		@Nullable PollingSettings polling) {

	/**
	 * Return the provider's name.
	 * @return the name under {@code providers}
	 */
	public String name() {
		return this.definition.name();
	}

	/**
	 * Return the properties as the provider's own type.
	 * @param <T> the type
	 * @param type the provider's properties type
	 * @return the properties
	 */
	public <T extends ProviderProperties> T properties(Class<T> type) {
		return type.cast(this.properties);
	}

	/**
	 * Return a copy with another definition, for a client built differently, such as a
	 * health probe's.
	 * @param definition the definition
	 * @return the copy
	 */
	public ActiveProvider withDefinition(ProviderDefinition definition) {
		return new ActiveProvider(definition, this.properties, this.health, this.builtIn, this.keys, this.polling);
	}

	@Override
	public String toString() {
		return "ActiveProvider[" + this.definition + "]";
	}

}
