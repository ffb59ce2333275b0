package io.github.genmedia.providers.suno;

/**
 * Why an account has no usable Suno token, as a kind a caller can switch on: health
 * turns each into advice, retries skip the kinds repeating cannot fix.
 *
 * @since 0.1.0
 */
public enum SunoTokenFailure {

	/**
	 * Clerk no longer accepts the cookie's sign-in (401, 403 or 404, or no active
	 * session): the user signed out or the cookie expired; only a fresh cookie helps.
	 */
	COOKIE_REJECTED,

	/**
	 * Clerk refused the request for another reason (another 4xx), most likely because
	 * the Clerk API or JS version the requests claim is outdated.
	 */
	CLERK_CLIENT_OUTDATED,

	/** Clerk answered 429: too many requests; the next attempt waits for its Retry-After. */
	CLERK_RATE_LIMITED,

	/** Clerk did not answer in time, or answered 5xx or 408. */
	CLERK_UNREACHABLE,

	/** Clerk answered, but not with a usable token: unreadable, without a JWT, or with one already expired. */
	CLERK_ANSWER_UNUSABLE,

	/** Suno's API answered 401 to a token Clerk had just issued, so refreshing again does not help for a while. */
	TOKEN_REJECTED_BY_SUNO,

	/** The thread was interrupted, normally because the application is shutting down. */
	INTERRUPTED;

	/**
	 * Whether repeating the same call may succeed.
	 * @return {@code true} for rate limits, outages and unusable answers
	 */
	public boolean isTransient() {
		return this == CLERK_RATE_LIMITED || this == CLERK_UNREACHABLE || this == CLERK_ANSWER_UNUSABLE;
	}

}
