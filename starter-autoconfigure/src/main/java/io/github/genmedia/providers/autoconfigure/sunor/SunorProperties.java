package io.github.genmedia.providers.autoconfigure.sunor;

import io.github.genmedia.providers.autoconfigure.properties.PolledProviderProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sunor's settings, under {@code providers.sunor}: those of every API-key provider, and how
 * its generation jobs are polled. Annotated for the configuration metadata only: bound
 * with the other providers, never registered as a bean.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("providers.sunor")
public class SunorProperties extends PolledProviderProperties {

}
