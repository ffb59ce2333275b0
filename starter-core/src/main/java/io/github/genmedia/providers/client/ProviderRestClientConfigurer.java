package io.github.genmedia.providers.client;

import io.github.genmedia.providers.auth.ApiKeyInterceptor;
import io.github.genmedia.providers.auth.CredentialSafeRedirectInterceptor;
import io.github.genmedia.providers.auth.OriginBoundHeadersInterceptor;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.error.ProviderErrorHandler;
import io.github.genmedia.providers.retry.RetryInterceptor;
import io.github.genmedia.providers.retry.RetryObserver;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * Applies a {@link ProviderDefinition} to a {@link RestClient.Builder}: base URL, default
 * headers, the credential, redirect handling, retries and error mapping.
 * <p>
 * Works on any builder, so the result keeps whatever the application configured on it
 * (request factory, message converters, observation). The builder's request factory must
 * not follow redirects itself; see {@link CredentialSafeRedirectInterceptor}.
 */
public final class ProviderRestClientConfigurer {

	/** Browsers stop at 20; a provider API that needs more than five is broken. */
	static final int MAX_REDIRECTS = 5;

	private ProviderRestClientConfigurer() {
	}

	/**
	 * Configure a builder for one provider, with retries reported nowhere.
	 * @param builder the builder, typically Spring Boot's auto-configured one
	 * @param definition the provider
	 * @return the same builder
	 */
	public static RestClient.Builder configure(RestClient.Builder builder, ProviderDefinition definition) {
		return configure(builder, definition, RetryObserver.NONE);
	}

	/**
	 * Configure a builder for one provider.
	 * <p>
	 * The interceptors run in this order: redirects, retries, then the credential, so
	 * that every retry and every redirect hop is authenticated afresh for its target.
	 * @param builder the builder, typically Spring Boot's auto-configured one
	 * @param definition the provider
	 * @param retryObserver told about each retry, for metrics
	 * @return the same builder
	 */
	public static RestClient.Builder configure(RestClient.Builder builder, ProviderDefinition definition,
			RetryObserver retryObserver) {
		builder.baseUrl(definition.baseUrl().toString());
		builder.requestInterceptors((interceptors) -> {
			interceptors.add(0, new CredentialSafeRedirectInterceptor(MAX_REDIRECTS));
			if (definition.retry().enabled()) {
				interceptors.add(1, new RetryInterceptor(definition.name(), definition.retry(), retryObserver));
			}
		});
		if (!definition.defaultHeaders().isEmpty()) {
			builder.requestInterceptor(new OriginBoundHeadersInterceptor(definition.origin(), definition.defaultHeaders()));
		}
		if (definition.auth().requiresCredential()) {
			builder.requestInterceptor(ApiKeyInterceptor.of(definition));
		}
		builder.defaultStatusHandler(HttpStatusCode::isError,
				new ProviderErrorHandler(definition.name(), definition.credential()));
		return builder;
	}

}
