package io.github.genmedia.providers.auth;

import java.io.IOException;

import io.github.genmedia.providers.definition.ProviderDefinition;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Writes a provider's API key into the request, but only for requests to the provider's
 * own origin.
 * <p>
 * The header value is computed once: the interceptor sits on every request, so its cost
 * is one origin comparison and one header write.
 */
public final class ApiKeyInterceptor implements ClientHttpRequestInterceptor {

	private final ProviderOrigin origin;

	private final String headerName;

	private final String headerValue;

	private ApiKeyInterceptor(ProviderOrigin origin, String headerName, String headerValue) {
		this.origin = origin;
		this.headerName = headerName;
		this.headerValue = headerValue;
	}

	/**
	 * Create the interceptor for a provider whose auth needs a credential.
	 * @param definition the provider
	 * @return the interceptor
	 * @throws IllegalArgumentException if the provider's auth type needs no credential
	 */
	public static ApiKeyInterceptor of(ProviderDefinition definition) {
		if (!definition.auth().requiresCredential()) {
			throw new IllegalArgumentException("Provider '" + definition.name() + "' sends no credential");
		}
		return new ApiKeyInterceptor(definition.origin(), definition.auth().headerName(),
				definition.auth().headerValue(definition.credential()));
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (this.origin.matches(request.getURI())) {
			request.getHeaders().set(this.headerName, this.headerValue);
		}
		return execution.execute(request, body);
	}

	@Override
	public String toString() {
		return "ApiKeyInterceptor[" + this.headerName + " for " + this.origin + "]";
	}

}
