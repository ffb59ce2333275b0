package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * An attempt that failed in a way another attempt may fix: a response with a retryable
 * status, or an {@link IOException} before any response.
 * <p>
 * Thrown only between an attempt and {@link RetryRunner}, which retries on it and no
 * other exception. It carries what the caller gets when no attempt is left: the last
 * response, which the client's error handling then maps like any other, or the last
 * exception.
 */
final class RetryableFailure extends Exception {

	private final @Nullable ClientHttpResponse response;

	private final @Nullable Duration retryAfter;

	private final String reason;

	private final boolean last;

	private RetryableFailure(@Nullable ClientHttpResponse response, @Nullable IOException cause,
			@Nullable Duration retryAfter, String reason, boolean last) {
		super(reason, cause, false, false);
		this.response = response;
		this.retryAfter = retryAfter;
		this.reason = reason;
		this.last = last;
	}

	/**
	 * A response with a retryable status.
	 * @param response the response, still open
	 * @param status its status
	 * @param retryAfter the wait the provider asked for, or {@code null} for the backoff
	 * @return the failure
	 */
	static RetryableFailure of(ClientHttpResponse response, HttpStatusCode status, @Nullable Duration retryAfter) {
		return new RetryableFailure(response, null, retryAfter, "HTTP " + status.value(), false);
	}

	/**
	 * An exception before any response.
	 * @param cause the exception
	 * @return the failure
	 */
	static RetryableFailure of(IOException cause) {
		return new RetryableFailure(null, cause, null, cause.getClass().getName(), false);
	}

	/**
	 * An exception before any response, after which no attempt may follow although the
	 * attempts are not used up: the provider has received the request as often as it may.
	 * @param cause the exception
	 * @return the failure
	 */
	static RetryableFailure lastOf(IOException cause) {
		return new RetryableFailure(null, cause, null, cause.getClass().getName(), true);
	}

	/**
	 * Whether no attempt may follow this one.
	 * @return {@code true} for {@link #lastOf(IOException)}
	 */
	boolean isLast() {
		return this.last;
	}

	/**
	 * Return the wait the provider asked for.
	 * @return the wait, or {@code null} when the backoff decides
	 */
	@Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * Return what failed, safe to log: the status or the exception's class, never a
	 * message, which may contain the URL and its query.
	 * @return for example {@code HTTP 503} or {@code java.net.ConnectException}
	 */
	String reason() {
		return this.reason;
	}

	/**
	 * Close the response, if any, before the next attempt, so that its connection is
	 * released rather than held through the wait.
	 */
	void release() {
		if (this.response != null) {
			this.response.close();
		}
	}

	/**
	 * Hand the failure to the caller after the last attempt.
	 * @return the response, if the attempt got one
	 * @throws IOException the exception, if it got none
	 */
	ClientHttpResponse toResult() throws IOException {
		if (this.response != null) {
			return this.response;
		}
		throw (IOException) getCause();
	}

}
