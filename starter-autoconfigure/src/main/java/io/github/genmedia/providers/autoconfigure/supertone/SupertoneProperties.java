package io.github.genmedia.providers.autoconfigure.supertone;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Supertone's settings, under {@code providers.supertone}: those of every API-key provider.
 * Annotated for the configuration metadata only: bound with the other providers, never
 * registered as a bean.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("providers.supertone")
public class SupertoneProperties extends ApiKeyProviderProperties {

}
