package io.github.genmedia.providers.autoconfigure.provider;

import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;


/**
 * A provider the starter knows by name: everything that sets it apart from a provider an
 * application declares under {@code providers.<name>}.
 * <p>
 * One implementation per provider package, listed in {@code META-INF/spring.factories}
 * under this interface's name, so that the generic code never names a provider: adding
 * one is a new package and a line there. Implementations are loaded while bean
 * definitions are registered, before any bean exists, so they must be stateless and
 * cheap to create; what needs beans is a bean of the provider's own auto-configuration.
 *
 * @since 0.1.0
 */
public interface BuiltInProvider {

	/**
	 * Return the provider's documented defaults.
	 * @return the preset
	 */
	ProviderPreset preset();

	/**
	 * Return the type {@code providers.<name>} is bound to: {@link ApiKeyProviderProperties}
	 * or a subclass with the provider's own settings.
	 * @return the properties type; it must have a public no-argument constructor
	 */
	Class<? extends ProviderProperties> propertiesType();

	/**
	 * Return the property, relative to {@code providers.<name>}, of the provider's
	 * credential, for messages.
	 * @return for example {@code api-key} or {@code cookie}
	 */
	default String credentialProperty() {
		return BeanUtils.instantiateClass(propertiesType()).credential().property();
	}

	/**
	 * Read the credential into the form the provider works with, checking it beyond what
	 * every credential is checked for (its {@link io.github.genmedia.providers.auth.KeyShape
	 * shape}). The configured credential is read once, at startup, and what it reads to
	 * is handed to {@link #settings}, so that nothing reads it again; a key that arrives
	 * later (a rotated file's, a credential source's) is read to be checked.
	 * @param credential the credential, trimmed and header-safe
	 * @return the credential in the provider's own form, such as Suno's parsed cookie, or
	 * {@code null} when the provider sends it as it is
	 * @throws InvalidCredentialException if the credential cannot be used; its problem is
	 * phrased to follow the credential's name and holds no part of it
	 */
	default @Nullable Object readCredential(Credential credential) {
		return null;
	}

	/**
	 * Check the provider's own settings, beyond what every provider is checked for, report
	 * each mistake, and return them typed, so that nothing after startup reads the
	 * properties again; called only for an active provider.
	 * @param properties the bound properties, of {@link #propertiesType()}
	 * @param credential what {@link #readCredential} read the configured credential to, or
	 * {@code null} when it read none or the credential comes from a credential source
	 * @param problems where to report, relative to {@code providers.<name>}
	 * @return the provider's own settings, which {@link ActiveProvider#own} returns, or
	 * {@code null} when it has none or they have mistakes
	 */
	default @Nullable Object settings(ProviderProperties properties, @Nullable Object credential,
			ProviderProblems problems) {
		return null;
	}

	/**
	 * Whether the provider authenticates with an interceptor of its own rather than with
	 * API keys taken in turn: its package then defines a {@code ProviderAuthentication}
	 * bean of the provider, which its clients take.
	 * @return {@code true} for Suno's cookie and tokens
	 */
	default boolean authenticatesItself() {
		return false;
	}

	/**
	 * Return how the provider writes its error answers.
	 * @return the decoder; by default the shapes most APIs use
	 */
	default ProviderErrorDecoder errorDecoder() {
		return ProviderErrorDecoder.DEFAULT;
	}

	/**
	 * Return the provider's generation jobs, for a provider whose work is asynchronous.
	 * @return the jobs, or {@code null} for a provider without any
	 */
	default @Nullable ProviderJobsSupport<?> jobs() {
		return null;
	}

	/**
	 * Return the provider's typed APIs: {@code @HttpExchange} interfaces registered in the
	 * provider's HTTP service group, and beans, when the provider is active.
	 * @return the interfaces
	 */
	default List<Class<?>> httpServices() {
		return List.of();
	}

}
