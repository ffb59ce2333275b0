package io.github.genmedia.providers.autoconfigure.whisul;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyProviderProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whisul's settings, under {@code providers.whisul}: those of every API-key provider.
 * Annotated for the configuration metadata only: bound with the other providers, never
 * registered as a bean.
 */
@ConfigurationProperties("providers.whisul")
public class WhisulProperties extends ApiKeyProviderProperties {

}
