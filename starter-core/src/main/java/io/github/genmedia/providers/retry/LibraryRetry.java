package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/**
 * What the HTTP library repeats by itself, underneath the starter's retries, and cannot
 * be told not to.
 * <p>
 * Apache HttpClient 5 and Reactor Netty have switches, which the auto-configuration
 * turns off. The JDK's {@code HttpClient} and {@code HttpURLConnection} have none short
 * of JVM-wide system properties: they send a {@code GET} once more when the connection
 * ends before any answer. The retry counts that second sending as an attempt of its own,
 * so that a provider never receives a request more than
 * {@link RetrySettings#maxAttempts()} times.
 *
 * @since 0.1.0
 */
public enum LibraryRetry {

	/** The library sends each request once. */
	NONE,

	/**
	 * The JDK's {@code HttpClient} and {@code HttpURLConnection}: a {@code GET} or
	 * {@code HEAD} whose connection ended before any answer has already been sent twice.
	 */
	RESENDS_IDEMPOTENT_ON_DROPPED_CONNECTION;

	/**
	 * Return what the library behind a request factory repeats by itself, once its own
	 * switches are off.
	 * @param requestFactory the request factory
	 * @return what remains
	 */
	public static LibraryRetry of(ClientHttpRequestFactory requestFactory) {
		boolean resends = requestFactory instanceof JdkClientHttpRequestFactory
				|| requestFactory instanceof SimpleClientHttpRequestFactory;
		return resends ? RESENDS_IDEMPOTENT_ON_DROPPED_CONNECTION : NONE;
	}

	/**
	 * Return how many times a failed attempt reached the provider.
	 * @param method the request's method
	 * @param failure how the attempt failed
	 * @return 1, or 2 when the library sent it again by itself
	 */
	int sendings(HttpMethod method, IOException failure) {
		boolean dropped = !(failure instanceof HttpTimeoutException) && !(failure instanceof ConnectException);
		boolean idempotentRead = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
		return (this == RESENDS_IDEMPOTENT_ON_DROPPED_CONNECTION && dropped && idempotentRead) ? 2 : 1;
	}

	/**
	 * Return how many times a retry may reach the provider at most.
	 * @param method the request's method
	 * @return 2 when the library may send it twice, else 1
	 */
	int maxSendings(HttpMethod method) {
		boolean idempotentRead = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
		return (this == RESENDS_IDEMPOTENT_ON_DROPPED_CONNECTION && idempotentRead) ? 2 : 1;
	}

}
