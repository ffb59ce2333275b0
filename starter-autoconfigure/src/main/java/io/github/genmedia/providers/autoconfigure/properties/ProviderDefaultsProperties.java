package io.github.genmedia.providers.autoconfigure.properties;

import io.github.genmedia.providers.autoconfigure.resolution.ProvidersBinder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by every provider that sets none of its own, under
 * {@code providers.defaults}. Annotated for the configuration metadata only: bound by
 * {@link ProvidersBinder}, never registered as a bean.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(ProvidersBinder.PREFIX + "." + ProvidersBinder.DEFAULTS)
public class ProviderDefaultsProperties extends TimeoutAndRetryProperties {

}
