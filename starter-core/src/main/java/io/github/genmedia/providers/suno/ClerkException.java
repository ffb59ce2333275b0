package io.github.genmedia.providers.suno;

/**
 * Clerk, Suno's login service, did not give a usable answer.
 * <p>
 * The message names the call and the HTTP status only. Clerk's response body, the
 * request URL (which contains the session id) and Spring's own exception messages (which
 * repeat both) are deliberately left out, so that the message can go into logs and health
 * details. {@link #isTransient()} tells {@link ClerkRetry} whether trying again can help.
 */
public class ClerkException extends SunoAuthenticationException {

	private final int statusCode;

	private final boolean transientFailure;

	/**
	 * Create an exception.
	 * @param message a message that contains no secret
	 * @param statusCode Clerk's HTTP status, or {@code 0} when Clerk did not answer
	 * @param transientFailure whether the same call may succeed when repeated
	 * @param cause the underlying failure, whose message must contain no secret either,
	 * or {@code null}
	 */
	public ClerkException(String message, int statusCode, boolean transientFailure, Throwable cause) {
		super(message, cause);
		this.statusCode = statusCode;
		this.transientFailure = transientFailure;
	}

	/**
	 * Return Clerk's HTTP status.
	 * @return the status, or {@code 0} when Clerk did not answer
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Whether repeating the call may succeed: Clerk answered 5xx, 408 or 429, did not
	 * answer at all, or answered something unreadable.
	 * @return {@code true} for transient failures
	 */
	public boolean isTransient() {
		return this.transientFailure;
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
