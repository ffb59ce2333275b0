package io.github.genmedia.providers.autoconfigure.properties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by every provider that sets none of its own, under
 * {@code providers.defaults}. Annotated for the configuration metadata only: bound by
 * {@code ProvidersBinder}, never registered as a bean.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("providers.defaults")
public class ProviderDefaultsProperties extends TimeoutAndRetryProperties {

}
