package io.github.genmedia.providers.http;

import org.springframework.http.HttpRequest;

/**
 * Whether a request's body can be sent more than once, so that a stage that repeats
 * requests (a retry, a redirect that keeps the body, a new token after a 401) knows when
 * it must not.
 * <p>
 * A body streamed from an {@code InputStream} is written to the connection as it is read,
 * never held in memory, and so cannot be written twice: the request carries an attribute
 * that says so. Every other body can be written again.
 *
 * @since 0.1.0
 */
public final class RequestBodies {

	/** The attribute set to {@code Boolean.FALSE} on a request whose body can be sent once only. */
	public static final String REPLAYABLE_ATTRIBUTE = RequestBodies.class.getName() + ".replayable";

	private RequestBodies() {
	}

	/**
	 * Whether a request may be sent again with its body.
	 * @param request the request
	 * @return {@code false} only for a body that streams once
	 */
	public static boolean isReplayable(HttpRequest request) {
		return !Boolean.FALSE.equals(request.getAttributes().get(REPLAYABLE_ATTRIBUTE));
	}

}
