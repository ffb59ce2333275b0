package io.github.genmedia.providers.auth;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.http.JournaledRequest;
import io.github.genmedia.providers.http.RequestBodies;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Follows redirects itself, so that every hop passes through the interceptors behind it
 * again and each one decides afresh whether the new target may see the credential.
 * <p>
 * HTTP client libraries copy custom headers such as {@code x-api-key} to the target of a
 * redirect, whatever its host. A provider client is therefore built with the library's
 * own redirect handling switched off and this interceptor first in its chain. Each hop
 * starts from the headers the caller set, never from those an interceptor added (the
 * changes are journaled and undone, see {@link JournaledRequest}), and a
 * hop to another origin also loses {@code Authorization}, {@code Cookie} and
 * {@code Proxy-Authorization}. A downgrade from {@code https} to {@code http} is not
 * followed: the redirect response is returned as it is.
 *
 * @since 0.1.0
 */
public final class CredentialSafeRedirectInterceptor implements ClientHttpRequestInterceptor {

	private static final List<String> CROSS_ORIGIN_STRIPPED = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE,
			HttpHeaders.PROXY_AUTHORIZATION);

	private static final byte[] NO_BODY = new byte[0];

	private final int maxRedirects;

	/**
	 * Create an interceptor that follows at most {@code maxRedirects} hops.
	 * @param maxRedirects the most hops to follow before returning the redirect as it is
	 */
	public CredentialSafeRedirectInterceptor(int maxRedirects) {
		this.maxRedirects = maxRedirects;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		URI first = request.getURI();
		if (first.getHost() == null) {
			// Fails with a message that names the problem, and never the query.
			ProviderOrigin.of(first);
		}
		JournaledRequest journaled = JournaledRequest.of(request);
		int callerHeaders = journaled.journal().mark();
		HttpRequest current = journaled;
		byte[] currentBody = body;
		ClientHttpResponse response = execution.execute(current, currentBody);
		for (int hop = 0; hop < this.maxRedirects; hop++) {
			URI target = redirectTarget(current.getURI(), response);
			if (target == null || isDowngrade(current.getURI(), target)) {
				return response;
			}
			HttpMethod method = redirectMethod(current.getMethod(), response.getStatusCode());
			boolean keepsBody = method.equals(current.getMethod());
			if (keepsBody && !RequestBodies.isReplayable(request)) {
				// A body streamed once cannot follow a 307 or 308: the caller gets the redirect.
				return response;
			}
			response.close();
			journaled.journal().undoTo(callerHeaders);
			HttpHeaders headers = HttpHeaders.copyOf(journaled.getHeaders());
			if (!ProviderOrigin.of(first).matches(target)) {
				CROSS_ORIGIN_STRIPPED.forEach(headers::remove);
			}
			if (!keepsBody) {
				headers.remove(HttpHeaders.CONTENT_TYPE);
				headers.remove(HttpHeaders.CONTENT_LENGTH);
				currentBody = NO_BODY;
			}
			current = JournaledRequest.of(new RedirectedRequest(method, target, headers,
					new HashMap<>(request.getAttributes())));
			response = execution.execute(current, currentBody);
		}
		return response;
	}

	private static @Nullable URI redirectTarget(URI from, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
			return null;
		}
		String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
		if (location == null || location.isBlank()) {
			return null;
		}
		try {
			return from.resolve(location.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isDowngrade(URI from, URI to) {
		return "https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(to.getScheme());
	}

	/**
	 * 303 always becomes GET; 301 and 302 turn POST into GET, as every browser does;
	 * 307 and 308 keep method and body.
	 */
	private static HttpMethod redirectMethod(HttpMethod method, HttpStatusCode status) {
		int code = status.value();
		if (code == 303 && !HttpMethod.HEAD.equals(method)) {
			return HttpMethod.GET;
		}
		if ((code == 301 || code == 302) && HttpMethod.POST.equals(method)) {
			return HttpMethod.GET;
		}
		return method;
	}

	private record RedirectedRequest(HttpMethod method, URI uri, HttpHeaders headers,
			Map<String, Object> attributes) implements HttpRequest {

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

	}

}
