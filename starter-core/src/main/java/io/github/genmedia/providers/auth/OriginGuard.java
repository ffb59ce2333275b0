package io.github.genmedia.providers.auth;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Runs a stage for requests to the provider's origin only; a request that goes elsewhere
 * (an absolute URL, a redirect hop to a CDN) passes the stage by, untouched. The one
 * place that keeps a provider's credential, default headers, key choice and rate limit
 * to its own origin: the pipeline wraps every stage it declares origin-bound in one, so
 * the stages themselves never ask where a request goes.
 * <p>
 * To use such a stage outside a pipeline (for example an {@link ApiKeyInterceptor} on a
 * {@code RestClient} of one's own), wrap it with {@link #of}.
 *
 * @param origin the only origin whose requests the stage sees
 * @param stage the stage guarded
 * @since 0.1.0
 */
public record OriginGuard(ProviderOrigin origin, ClientHttpRequestInterceptor stage)
		implements ClientHttpRequestInterceptor {

	/**
	 * Bind a stage to an origin.
	 * @param origin the only origin whose requests the stage sees
	 * @param stage the stage
	 * @return the guarded stage
	 */
	public static OriginGuard of(ProviderOrigin origin, ClientHttpRequestInterceptor stage) {
		return new OriginGuard(origin, stage);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		return this.origin.matches(request.getURI()) ? this.stage.intercept(request, body, execution)
				: execution.execute(request, body);
	}

	@Override
	public String toString() {
		return this.stage + " for " + this.origin;
	}

}
