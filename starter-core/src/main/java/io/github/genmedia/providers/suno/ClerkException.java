package io.github.genmedia.providers.suno;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Clerk, Suno's login service, did not give a usable answer.
 * <p>
 * The message names the call and the HTTP status only. Clerk's response body, the
 * request URL (which contains the session id) and Spring's own exception messages (which
 * repeat both) are deliberately left out, so that the message can go into logs and health
 * details. {@link #getFailure()} says what kind of failure it is.
 *
 * @since 0.1.0
 */
public class ClerkException extends SunoAuthenticationException {

	private final SunoTokenFailure failure;

	private final int statusCode;

	private final @Nullable Duration retryAfter;

	/**
	 * Create an exception.
	 * @param message a message that contains no secret
	 * @param failure the kind of failure
	 * @param statusCode Clerk's HTTP status, or {@code 0} when Clerk did not answer
	 * @param retryAfter how long Clerk asked to wait, or {@code null}
	 * @param cause the underlying failure, whose message must contain no secret either,
	 * or {@code null}
	 */
	public ClerkException(String message, SunoTokenFailure failure, int statusCode, @Nullable Duration retryAfter,
			@Nullable Throwable cause) {
		super(message, cause);
		this.failure = failure;
		this.statusCode = statusCode;
		this.retryAfter = retryAfter;
	}

	/**
	 * Return the kind of failure.
	 * @return the kind
	 */
	@Override
	public SunoTokenFailure getFailure() {
		return this.failure;
	}

	/**
	 * Return Clerk's HTTP status.
	 * @return the status, or {@code 0} when Clerk did not answer
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return how long Clerk asked to wait before the next call.
	 * @return the wait from its {@code Retry-After}, or {@code null}
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Whether repeating the call may succeed.
	 * @return whether the failure's kind is transient
	 */
	public boolean isTransient() {
		return this.failure.isTransient();
	}

	/**
	 * Whether Clerk refused the session id of a token request, which happens when the
	 * user signed out or switched session in the browser: a fresh session lookup may
	 * help.
	 * @return {@code true} for 401 and 404 answers
	 */
	boolean rejectsSession() {
		return this.statusCode == 401 || this.statusCode == 404;
	}

}
