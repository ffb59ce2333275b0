package io.github.genmedia.providers.autoconfigure.autype;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyProviderProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Autype's settings, under {@code providers.autype}: those of every API-key provider.
 * Annotated for the configuration metadata only: bound with the other providers, never
 * registered as a bean.
 */
@ConfigurationProperties("providers.autype")
public class AutypeProperties extends ApiKeyProviderProperties {

}
