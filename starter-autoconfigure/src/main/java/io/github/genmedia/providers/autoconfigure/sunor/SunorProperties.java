package io.github.genmedia.providers.autoconfigure.sunor;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyProviderProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sunor's settings, under {@code providers.sunor}: those of every API-key provider.
 * Annotated for the configuration metadata only: bound with the other providers, never
 * registered as a bean.
 */
@ConfigurationProperties("providers.sunor")
public class SunorProperties extends ApiKeyProviderProperties {

}
