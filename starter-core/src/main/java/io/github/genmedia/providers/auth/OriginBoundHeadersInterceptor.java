package io.github.genmedia.providers.auth;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Adds a provider's configured default headers to requests. The pipeline runs it for
 * requests to the provider's own origin only ({@link OriginGuard}).
 * <p>
 * {@code RestClient.Builder#defaultHeaders} would send them to every URL the client is
 * used for, and such headers often carry a team token or an account id; they are
 * treated like the credential.
 *
 * @since 0.1.0
 */
public final class OriginBoundHeadersInterceptor implements ClientHttpRequestInterceptor {

	private final Map<String, String> headers;

	/**
	 * Create the interceptor.
	 * @param headers the headers, each set unless the request has it already
	 */
	public OriginBoundHeadersInterceptor(Map<String, String> headers) {
		this.headers = Map.copyOf(headers);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		this.headers.forEach((name, value) -> {
			if (!request.getHeaders().containsHeader(name)) {
				request.getHeaders().set(name, value);
			}
		});
		return execution.execute(request, body);
	}

	@Override
	public String toString() {
		return "OriginBoundHeadersInterceptor" + this.headers.keySet();
	}

}
