package io.github.genmedia.providers.auth;

import java.io.IOException;

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

	/**
	 * Create the interceptor.
	 * @param origin the only origin that gets the key
	 * @param headerName the header that carries it
	 * @param headerValue the whole header value, for example {@code Bearer KEY}
	 */
	public ApiKeyInterceptor(ProviderOrigin origin, String headerName, String headerValue) {
		this.origin = origin;
		this.headerName = headerName;
		this.headerValue = headerValue;
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
