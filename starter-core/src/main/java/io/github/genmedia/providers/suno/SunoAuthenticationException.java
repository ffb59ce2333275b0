package io.github.genmedia.providers.suno;

import org.jspecify.annotations.Nullable;

/**
 * No valid Suno token could be obtained: Clerk rejected the cookie, did not answer, or
 * answered something unusable.
 * <p>
 * Messages are safe to log and to show on a health page: they never contain the cookie,
 * a token or a full session id. The cause, when there is one, is the failure that made
 * the last refresh fail.
 */
public class SunoAuthenticationException extends RuntimeException {

	public SunoAuthenticationException(String message) {
		super(message);
	}

	public SunoAuthenticationException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
