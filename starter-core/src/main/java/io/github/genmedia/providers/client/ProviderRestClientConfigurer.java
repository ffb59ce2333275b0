package io.github.genmedia.providers.client;

import io.github.genmedia.providers.auth.ApiKeyInterceptor;
import io.github.genmedia.providers.auth.CredentialSafeRedirectInterceptor;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.error.ProviderErrorHandler;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * Applies a {@link ProviderDefinition} to a {@link RestClient.Builder}: base URL, default
 * headers, the credential, redirect handling and error mapping.
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
	 * Configure a builder for one provider.
	 * @param builder the builder, typically Spring Boot's auto-configured one
	 * @param definition the provider
	 * @return the same builder
	 */
	public static RestClient.Builder configure(RestClient.Builder builder, ProviderDefinition definition) {
		builder.baseUrl(definition.baseUrl().toString());
		builder.defaultHeaders((headers) -> definition.defaultHeaders().forEach(headers::set));
		builder.requestInterceptors((interceptors) -> interceptors.add(0,
				new CredentialSafeRedirectInterceptor(MAX_REDIRECTS)));
		if (definition.auth().requiresCredential()) {
			builder.requestInterceptor(ApiKeyInterceptor.of(definition));
		}
		builder.defaultStatusHandler(HttpStatusCode::isError,
				new ProviderErrorHandler(definition.name(), definition.credential()));
		return builder;
	}

}
