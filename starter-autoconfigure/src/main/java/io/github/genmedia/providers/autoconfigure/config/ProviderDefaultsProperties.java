package io.github.genmedia.providers.autoconfigure.config;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Settings shared by every provider that sets none of its own, under
 * {@code providers.defaults}. Annotated for the configuration metadata only: bound by
 * {@link ProvidersBinder}, never registered as a bean.
 */
@ConfigurationProperties(ProvidersBinder.PREFIX + "." + ProvidersBinder.DEFAULTS)
public class ProviderDefaultsProperties {

	/**
	 * Connect timeout of every provider that sets none. Unset:
	 * spring.http.clients.connect-timeout, then 10s.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Read timeout of every provider that sets none. Unset:
	 * spring.http.clients.read-timeout, then 120s.
	 */
	private @Nullable Duration readTimeout;

	/**
	 * Retries of every provider, where the provider sets no value of its own.
	 */
	@NestedConfigurationProperty
	private final RetryProperties retry = new RetryProperties();

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(@Nullable Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public RetryProperties getRetry() {
		return this.retry;
	}

}
