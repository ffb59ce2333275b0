package io.github.genmedia.providers.autoconfigure;

import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * How a built-in provider that authenticates itself (Suno: a cookie exchanged for
 * short-lived tokens) authenticates its requests: a bean its own auto-configuration
 * defines, which {@link ProviderRuntimes} gives the provider's runtime instead of a key
 * ring.
 *
 * @param provider the provider name
 * @param interceptor the interceptor that authenticates each request
 * @since 0.1.0
 */
public record ProviderAuthentication(String provider, ClientHttpRequestInterceptor interceptor) {

}
