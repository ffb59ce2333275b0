package io.github.genmedia.providers.activity;

import java.io.IOException;

import io.github.genmedia.providers.auth.InvalidCredentialException;
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
 */
public final class ProviderActivityInterceptor implements ClientHttpRequestInterceptor {

	private final ProviderActivity activity;

	public ProviderActivityInterceptor(ProviderActivity activity) {
		this.activity = activity;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (request.getAttributes().containsKey(RequestCredential.TENANT_ATTRIBUTE)) {
			// A tenant's key says nothing about the application's own: a tenant whose key
			// is revoked must not turn the provider DOWN for everyone.
			return execution.execute(request, body);
		}
		ClientHttpResponse response;
		try {
			response = execution.execute(request, body);
		}
		catch (RateLimitExceededException | InvalidCredentialException | ProviderCredentialUnavailableException ex) {
			// Refused before it was sent: says nothing about the provider.
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			this.activity.recordFailure(ex);
			throw ex;
		}
		this.activity.recordResponse(response.getStatusCode().value());
		return response;
	}

}
