package io.github.genmedia.providers.suno;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Gets a token for one account from Clerk, reusing the account's session id.
 * <p>
 * The session lookup is needed once: a session id stays valid until the user signs out
 * or switches session in the browser. When Clerk then refuses the id (401 or 404 on the
 * token call), it is looked up again, once, and the token call repeated with the new
 * one. Transient failures of the whole exchange are repeated by {@link ClerkRetry}.
 * Calls for one account never overlap (the token source runs one refresh at a time), so
 * the cached id needs no lock.
 */
final class ClerkTokenFetcher {

	private final SunoCookie cookie;

	private final ClerkClient clerk;

	private final ClerkRetry retry;

	private volatile @Nullable String sessionId;

	ClerkTokenFetcher(SunoCookie cookie, ClerkClient clerk, ClerkRetry retry) {
		this.cookie = cookie;
		this.clerk = clerk;
		this.retry = retry;
	}

	/**
	 * Get a token, with retries.
	 * @param failedAttempt told about each failed attempt as it happens, so that health
	 * reflects an outage before the retries are over
	 * @return the token
	 */
	SunoJwt fetch(Consumer<ClerkException> failedAttempt) {
		return this.retry.call(this::fetchOnce, failedAttempt);
	}

	private SunoJwt fetchOnce() {
		String cached = this.sessionId;
		String id = (cached != null) ? cached : lookUpSession();
		try {
			return this.clerk.fetchToken(this.cookie, id);
		}
		catch (ClerkException ex) {
			if (!ex.rejectsSession()) {
				throw ex;
			}
			this.sessionId = null;
			if (cached == null) {
				throw ex;
			}
			return this.clerk.fetchToken(this.cookie, lookUpSession());
		}
	}

	SunoCookie cookie() {
		return this.cookie;
	}

	private String lookUpSession() {
		String id = this.clerk.fetchSessionId(this.cookie);
		this.sessionId = id;
		return id;
	}

}
