package io.github.genmedia.providers.autoconfigure.properties;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The settings a provider can take from {@code providers.defaults}: timeouts, retries and
 * the rate limit.
 *
 * @since 0.1.0
 */
public class TimeoutAndRetryProperties {

	/**
	 * Connect timeout. Unset: providers.defaults.connect-timeout (for a provider), then
	 * spring.http.clients.connect-timeout, then 10s.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Read timeout. Unset: providers.defaults.read-timeout (for a provider), then
	 * spring.http.clients.read-timeout, then 120s.
	 */
	private @Nullable Duration readTimeout;

	/**
	 * When and how failed requests are retried.
	 */
	@NestedConfigurationProperty
	private final RetryProperties retry = new RetryProperties();

	/**
	 * The client-side rate limit: requests per period and in flight, and how long a call
	 * waits for its turn.
	 */
	@NestedConfigurationProperty
	private final RateLimitProperties rateLimit = new RateLimitProperties();

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

	public RateLimitProperties getRateLimit() {
		return this.rateLimit;
	}

}
