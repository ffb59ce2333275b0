package io.github.genmedia.providers.ratelimit;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.RequestCredential;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Takes a rate-limit permit for each request to the provider's origin, and lets the
 * limiter learn from the answer.
 * <p>
 * Placed behind the retries, so every attempt takes a permit of its own, and behind the
 * redirects, so a hop to another origin (a CDN, a pre-signed download) takes none: the
 * pipeline runs it for requests to the provider's origin only
 * ({@link io.github.genmedia.providers.auth.OriginGuard}). The
 * place among the requests in flight is held until the answer's status and headers
 * arrive, or the attempt fails. A request that gets no permit within {@code maxWait}
 * fails with {@link RateLimitExceededException}, unsent.
 *
 * @param provider the provider's name
 * @param limiters the limiter of each key, shared by all the provider's clients: the
 * limiter of the key chosen for the attempt ({@link RequestCredential}) gives the permit
 * @param maxWait the longest a request waits for a permit
 * @param observer told about permits, for metrics
 * @param onCredit whether each request takes its permit at once, on credit
 * ({@link RateLimiter#acquireOnCredit()}), instead of waiting: for a client whose calls
 * must not wait, such as a health probe
 * @since 0.1.0
 */
public record RateLimitInterceptor(String provider, RateLimiters limiters, Duration maxWait,
		RateLimitObserver observer, boolean onCredit) implements ClientHttpRequestInterceptor {

	/**
	 * Create the interceptor of one provider's client.
	 * @param provider the provider's name
	 * @param limiter the provider's limiter, shared by all its clients
	 * @param maxWait the longest a request waits for a permit
	 * @param observer told about permits, for metrics
	 */
	public RateLimitInterceptor(String provider, RateLimiter limiter, Duration maxWait,
			RateLimitObserver observer) {
		this(provider, limiter, maxWait, observer, false);
	}

	/**
	 * Create the interceptor of one provider's client.
	 * @param provider the provider's name
	 * @param limiter the provider's limiter, shared by all its clients
	 * @param maxWait the longest a request waits for a permit
	 * @param observer told about permits, for metrics
	 * @param onCredit whether each request takes its permit at once, on credit
	 * ({@link RateLimiter#acquireOnCredit()}), instead of waiting: for a client whose
	 * calls must not wait, such as a health probe
	 */
	public RateLimitInterceptor(String provider, RateLimiter limiter, Duration maxWait,
			RateLimitObserver observer, boolean onCredit) {
		this(provider, RateLimiters.single(limiter), maxWait, observer, onCredit);
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		Credential key = RequestCredential.selected(request);
		RateLimiter limiter = (key != null && request.getAttributes().containsKey(RequestCredential.TENANT_ATTRIBUTE))
				? this.limiters.forTenant(key) : this.limiters.forKey(key);
		RateLimitPermit permit = acquire(limiter);
		try {
			ClientHttpResponse response = execution.execute(request, body);
			limiter.learn(response.getStatusCode(), response.getHeaders());
			return response;
		}
		finally {
			permit.release();
		}
	}

	private RateLimitPermit acquire(RateLimiter limiter) throws InterruptedIOException {
		long start = System.nanoTime();
		try {
			RateLimitPermit permit = this.onCredit ? limiter.acquireOnCredit() : limiter.acquire(this.maxWait);
			this.observer.permitted(this.provider, Duration.ofNanos(System.nanoTime() - start));
			return permit;
		}
		catch (RateLimitExceededException ex) {
			this.observer.refused(this.provider);
			throw ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting for a rate-limit permit of provider '"
					+ this.provider + "'");
		}
	}

	/**
	 * Return the limiter of the provider's configured key, for health.
	 * @return the limiter
	 */
	public RateLimiter limiter() {
		return this.limiters.forKey(null);
	}

	@Override
	public String toString() {
		return "RateLimitInterceptor[" + this.provider + ", " + this.limiters.forKey(null) + "]";
	}

}
