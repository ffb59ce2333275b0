package io.github.genmedia.providers.activity;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;

import io.github.genmedia.providers.auth.RequestCredential;
import io.github.genmedia.providers.keys.ProviderCredentialUnavailableException;
import io.github.genmedia.providers.ratelimit.RateLimitExceededException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Records the outcome of every request that reaches the network into a
 * {@link ProviderActivity}. Placed last in a provider client's chain, it sees each retry
 * and each redirect hop as the provider answered it. A request that got no rate-limit
 * permit never reached the provider, and says nothing about its health.
 *
 * @param activity where the outcomes are recorded
 * @since 0.1.0
 */
public record ProviderActivityInterceptor(ProviderActivity activity) implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		boolean tenant = request.getAttributes().containsKey(RequestCredential.TENANT_ATTRIBUTE);
		ClientHttpResponse response;
		try {
			response = execution.execute(request, body);
		}
		catch (RateLimitExceededException | IllegalArgumentException | ProviderCredentialUnavailableException ex) {
			// Refused before it was sent (no permit, a credential that fails the checks or
			// that a provider takes no such key): says nothing about the provider.
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			if (!callerInterrupted(ex)) {
				this.activity.recordFailure(ex);
			}
			throw ex;
		}
		int status = response.getStatusCode().value();
		// A tenant's key says nothing about the application's own: only what says the
		// provider itself is failing (5xx, no answer) counts, so that a tenant whose key
		// is revoked does not turn the provider DOWN for everyone, nor another's success
		// hide that the application's key was rejected.
		if (!tenant || status >= 500) {
			this.activity.recordResponse(status);
		}
		return response;
	}

	/**
	 * Whether the caller was interrupted while it waited (for a rate-limit permit): not a
	 * failure of the provider, unlike a read timeout, which is an
	 * {@code InterruptedIOException} too.
	 */
	private static boolean callerInterrupted(Exception ex) {
		return ex instanceof InterruptedIOException && !(ex instanceof SocketTimeoutException)
				&& Thread.currentThread().isInterrupted();
	}

}
