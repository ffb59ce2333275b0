package io.github.genmedia.providers.suno;

import org.jspecify.annotations.Nullable;

/**
 * No valid Suno token could be obtained: Clerk rejected the cookie, did not answer, or
 * answered something unusable.
 * <p>
 * Messages are safe to log and to show on a health page: they never contain the cookie,
 * a token or a full session id. The cause, when there is one, is the failure that made
 * the last refresh fail.
 *
 * @since 0.1.0
 */
public class SunoAuthenticationException extends RuntimeException {

	public SunoAuthenticationException(String message) {
		super(message);
	}

	public SunoAuthenticationException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	/**
	 * Return why no token could be had, as a kind a caller can switch on: the kind of the
	 * Clerk failure behind this exception, so that the layer that knows where the cookie
	 * is configured can say what to do about a rejected one.
	 * @return the kind, or {@code null} when no Clerk failure caused this one
	 */
	public @Nullable SunoTokenFailure getFailure() {
		Throwable cause = getCause();
		for (int depth = 0; cause != null && cause != this && depth < 10; depth++, cause = cause.getCause()) {
			if (cause instanceof ClerkException clerk) {
				return clerk.getFailure();
			}
		}
		return null;
	}

}
