package io.github.genmedia.providers.auth;

import java.io.IOException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Writes a provider's API key into the request. The pipeline runs it for requests to the
 * provider's own origin only ({@link OriginGuard}).
 * <p>
 * The key is the one chosen for the attempt ({@link RequestCredential#selected}: one of
 * several keys, a rotated one, a tenant's), or else the provider's one fixed key, whose
 * header value is computed once: the interceptor sits on every request, so its cost is
 * one attribute read and one header write.
 *
 * @since 0.1.0
 */
public final class ApiKeyInterceptor implements ClientHttpRequestInterceptor {

	private final String headerName;

	private final Function<Credential, String> headerValue;

	private final @Nullable Credential fixed;

	private final @Nullable String fixedValue;

	/**
	 * Create the interceptor.
	 * @param headerName the header that carries it
	 * @param headerValue the whole header value for a key, for example {@code Bearer KEY}
	 * @param fixed the key used when none was chosen for the request, or {@code null}
	 */
	public ApiKeyInterceptor(String headerName, Function<Credential, String> headerValue, @Nullable Credential fixed) {
		this.headerName = headerName;
		this.headerValue = headerValue;
		this.fixed = fixed;
		this.fixedValue = (fixed != null) ? headerValue.apply(fixed) : null;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		Credential selected = RequestCredential.selected(request);
		String value = (selected == null || selected == this.fixed) ? this.fixedValue : this.headerValue.apply(selected);
		if (value != null) {
			request.getHeaders().set(this.headerName, value);
		}
		return execution.execute(request, body);
	}

	@Override
	public String toString() {
		return "ApiKeyInterceptor[" + this.headerName + "]";
	}

}
