package io.github.genmedia.providers.autoconfigure.suno;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.CredentialHealth;
import io.github.genmedia.providers.autoconfigure.ProviderCredentialStatus;
import io.github.genmedia.providers.suno.FailedRefresh;
import io.github.genmedia.providers.suno.SunoAccount;
import io.github.genmedia.providers.suno.SunoTokenFailure;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import org.jspecify.annotations.Nullable;

/**
 * The configured Suno account's token in the provider's health. Without a valid JWT no
 * request can succeed, so a failure to get one is DOWN with what a person can do: copy a
 * fresh cookie, update the Clerk versions, or wait. Details show how long the current JWT
 * has left and when it was last refreshed, and with a shared store, its state
 * ({@code tokenStore}: {@code redis}, or {@code redis unavailable, refreshing locally}),
 * never the cookie, the JWT or the session id.
 */
class SunoCredentialStatus implements ProviderCredentialStatus {

	static final String NO_TOKEN_YET = "first token not fetched yet";

	private final SunoTokenProvider tokens;

	private final @Nullable SunoCookieFile cookieFile;

	private final SunoCookieAdvice advice;

	SunoCredentialStatus(SunoTokenProvider tokens, @Nullable SunoCookieFile cookieFile, SunoCookieAdvice advice) {
		this.tokens = tokens;
		this.cookieFile = cookieFile;
		this.advice = advice;
	}

	@Override
	public String provider() {
		return SunoProvider.NAME;
	}

	@Override
	public @Nullable CredentialHealth health() {
		if (!this.tokens.hasDefaultAccount()) {
			return null;
		}
		SunoAccount account = this.tokens.defaultSource();
		FailedRefresh failure = account.lastFailure();
		Map<String, Object> details = new LinkedHashMap<>();
		account.secondsUntilExpiry().ifPresent((seconds) -> details.put("tokenExpiresInSeconds", seconds));
		if (account.lastRefresh() != null) {
			details.put("lastRefresh", account.lastRefresh().toString());
		}
		if (failure != null) {
			details.put("lastRefreshError", failure.message());
			details.put("failure", failure.kind().name());
		}
		String store = account.tokenStoreState();
		if (store != null) {
			details.put("tokenStore", store);
		}
		String fileProblem = (this.cookieFile != null) ? this.cookieFile.problem() : null;
		if (fileProblem != null) {
			details.put("cookieFile", fileProblem + "; the last good cookie is in use");
		}
		if (failure != null && (!account.hasUsableToken() || failure.kind() == SunoTokenFailure.TOKEN_REJECTED_BY_SUNO)) {
			return new CredentialHealth(CredentialHealth.State.DOWN, reason(failure.kind()), details);
		}
		if (account.hasUsableToken()) {
			return new CredentialHealth(CredentialHealth.State.USABLE, null, details);
		}
		return new CredentialHealth(CredentialHealth.State.PENDING, NO_TOKEN_YET, details);
	}

	String reason(SunoTokenFailure failure) {
		return switch (failure) {
			case COOKIE_REJECTED -> "cookie rejected: " + this.advice.update();
			case CLERK_CLIENT_OUTDATED ->
				"Clerk refused the request: check providers.suno.clerk.api-version and js-version";
			case CLERK_RATE_LIMITED -> "Clerk rate-limited";
			case CLERK_UNREACHABLE, INTERRUPTED -> "Clerk unreachable";
			case CLERK_ANSWER_UNUSABLE -> "Clerk answered without a usable token";
			case TOKEN_REJECTED_BY_SUNO -> "Suno rejects the tokens Clerk issues for this account: " + this.advice.update();
		};
	}

}
