package io.github.genmedia.providers.keys;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.KeyShape;
import io.github.genmedia.providers.auth.RequestCredential;
import io.github.genmedia.providers.http.RequestBodies;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.retry.RetryAfter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Chooses the credential of each attempt: the tenant's, when the request carries one
 * ({@link RequestCredential#TENANT_ATTRIBUTE}), or else the next key of the provider's
 * {@link KeyRing}. The pipeline runs it for requests to the provider's own origin only
 * ({@link io.github.genmedia.providers.auth.OriginGuard}): a request elsewhere gets no
 * credential.
 * <p>
 * Behind the retries, so that each attempt may take another key, and before the rate
 * limit and the authentication, which draw the budget of and write the key chosen here.
 * A key answered with 401 leaves the rotation; a key answered with 429 rests for its
 * {@code Retry-After}, read by {@link RetryAfter#pause} and at most {@code maxRest} (the
 * provider's {@code rate-limit.max-pause}), so that no answer can set a key aside for
 * longer. Either way the request is sent once more at once with another key, when one is
 * ready and the body can be sent again, so the caller neither fails nor waits out a
 * pause that concerns one key only; the first answer is closed before, and any answer is
 * closed should something fail before it is handed on, so that no connection is held. A
 * tenant's key is used for its request only: it joins no rotation and is kept nowhere.
 *
 * @param ring the provider's keys, also read by health
 * @param shape the shape of the provider's keys, checked on a tenant's key
 * @param maxRest the longest a key answered with 429 rests, whatever its
 * {@code Retry-After} asks: the provider's {@link RateLimitSettings#maxPause()}
 * @since 0.1.0
 */
public record KeySelectionInterceptor(KeyRing ring, KeyShape shape, Duration maxRest)
		implements ClientHttpRequestInterceptor {

	/** How long a key answered with 429 rests when the answer says nothing. */
	static final Duration DEFAULT_REST = Duration.ofSeconds(1);

	/**
	 * Create the interceptor of one provider's clients, whose keys rest at most
	 * {@link RateLimitSettings#DEFAULT_MAX_PAUSE}.
	 * @param ring the provider's keys
	 * @param shape the shape of the provider's keys, checked on a tenant's key
	 */
	public KeySelectionInterceptor(KeyRing ring, KeyShape shape) {
		this(ring, shape, RateLimitSettings.DEFAULT_MAX_PAUSE);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		Credential tenant = RequestCredential.tenant(request, this.shape);
		if (tenant != null) {
			RequestCredential.select(request, tenant);
			return execution.execute(request, body);
		}
		Credential key = this.ring.select();
		RequestCredential.select(request, key);
		ClientHttpResponse response = execution.execute(request, body);
		Credential other;
		try {
			if (!setAside(key, response) || !RequestBodies.isReplayable(request)) {
				return response;
			}
			other = this.ring.select();
			if (other.equals(key) || !this.ring.isReady(other)) {
				return response;
			}
		}
		catch (RuntimeException | IOException ex) {
			response.close();
			throw ex;
		}
		response.close();
		RequestCredential.select(request, other);
		ClientHttpResponse resent = execution.execute(request, body);
		try {
			setAside(other, resent);
		}
		catch (RuntimeException | IOException ex) {
			resent.close();
			throw ex;
		}
		return resent;
	}

	/**
	 * Take a key out of rotation on 401, or rest it on 429, when there are others.
	 * @return whether the key was set aside
	 */
	private boolean setAside(Credential key, ClientHttpResponse response) throws IOException {
		HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
		// The status first: the keys are counted only for the rare answer that needs it.
		if ((status != HttpStatus.UNAUTHORIZED && status != HttpStatus.TOO_MANY_REQUESTS) || this.ring.size() < 2) {
			return false;
		}
		if (status == HttpStatus.UNAUTHORIZED) {
			return this.ring.rejected(key);
		}
		this.ring.throttled(key, rest(response.getHeaders()));
		return true;
	}

	private Duration rest(HttpHeaders headers) {
		Duration asked = RetryAfter.pause(headers, Instant.now(), this.maxRest);
		return (asked != null) ? asked : DEFAULT_REST;
	}

	@Override
	public String toString() {
		return "KeySelectionInterceptor[" + this.ring + "]";
	}

}
