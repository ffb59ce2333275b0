package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.util.Set;

import javax.net.ssl.SSLException;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

/**
 * Which failures are worth another attempt.
 * <p>
 * Only failures that say nothing about the request itself qualify: the provider was
 * unreachable, too slow, overloaded or in between deployments. Any other error status
 * would come back unchanged, and a request that is not idempotent may already have been
 * carried out, so it is repeated only when the settings allow it.
 */
final class RetryRules {

	/** Request Timeout, Too Many Requests, Bad Gateway, Service Unavailable, Gateway Timeout. */
	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

	/** RFC 9110, section 9.2.2; CONNECT excluded, since a client never retries a tunnel. */
	private static final Set<HttpMethod> IDEMPOTENT_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD,
			HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.TRACE);

	private RetryRules() {
	}

	/**
	 * Whether a request with this method may be sent more than once.
	 */
	static boolean mayRetry(HttpMethod method, RetrySettings settings) {
		return settings.nonIdempotent() || IDEMPOTENT_METHODS.contains(method);
	}

	/**
	 * Whether a response with this status is answered by another attempt.
	 */
	static boolean isRetryable(HttpStatusCode status) {
		return RETRYABLE_STATUSES.contains(status.value());
	}

	/**
	 * Whether the status is one whose {@code Retry-After} says when the provider can
	 * serve again (RFC 9110, section 10.2.3); on a redirect it means something else.
	 */
	static boolean honoursRetryAfter(HttpStatusCode status) {
		return status.value() == 429 || status.value() == 503;
	}

	/**
	 * Whether an exception thrown before any response arrived is answered by another
	 * attempt: connection failures and timeouts are, a TLS failure (an untrusted or
	 * expired certificate, no common protocol) is not, since it fails the same way each
	 * time, and neither is anything after the calling thread was interrupted.
	 */
	static boolean isRetryable(IOException ex) {
		return !(ex instanceof SSLException) && !Thread.currentThread().isInterrupted();
	}

}
