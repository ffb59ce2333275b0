package io.github.genmedia.providers.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

import io.github.genmedia.providers.activity.ProviderActivity;
import io.github.genmedia.providers.autoconfigure.ProviderSettings;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.github.genmedia.providers.suno.SunoTokenSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Suno's health: its traffic, as for every provider, and above all its token. Without a
 * valid JWT no request can succeed, so a failed refresh of an expired token is DOWN with
 * the reason a person can act on: the cookie was rejected (copy a fresh one) or Clerk is
 * unreachable (wait). Details show how long the current JWT has left and when it was
 * last refreshed, never the cookie, the JWT or the session id.
 */
class SunoHealthIndicator extends ProviderHealthIndicator {

	static final Status NO_TOKEN_YET = new Status(Status.UNKNOWN.getCode(), "first token not fetched yet");

	private final SunoTokenProvider tokens;

	SunoHealthIndicator(ProviderSettings settings, ProviderActivity activity, ProviderProbe probe,
			int failureThreshold, Duration staleAfter, Clock clock, SunoTokenProvider tokens) {
		super(settings, activity, probe, failureThreshold, staleAfter, clock);
		this.tokens = tokens;
	}

	/**
	 * Clerk's messages say what to do: the cookie (401, 403, 404 or no session), the
	 * configured Clerk versions (another 4xx), or nothing but wait (the rest).
	 */
	private static String reason(String error) {
		if (error.contains("SUNO_COOKIE")) {
			return "cookie rejected: update SUNO_COOKIE";
		}
		if (error.contains("providers.suno.clerk")) {
			return "Clerk refused the request: check providers.suno.clerk.api-version and js-version";
		}
		return "Clerk unreachable";
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		super.doHealthCheck(builder);
		Status traffic = builder.build().getStatus();
		if (!this.tokens.hasDefaultAccount()) {
			return;
		}
		SunoTokenSource source = this.tokens.defaultSource();
		OptionalLong remaining = source.secondsUntilExpiry();
		remaining.ifPresent((seconds) -> builder.withDetail("tokenExpiresInSeconds", seconds));
		if (source.lastRefresh() != null) {
			builder.withDetail("lastRefresh", source.lastRefresh().toString());
		}
		String error = source.lastError();
		if (error != null) {
			builder.withDetail("lastRefreshError", error);
		}
		boolean valid = remaining.isPresent() && remaining.getAsLong() > 0;
		if (!valid && error != null) {
			builder.down().withDetail("reason", reason(error));
		}
		else if (Status.DOWN.equals(traffic)) {
			builder.down();
		}
		else if (valid) {
			builder.up();
		}
		else {
			builder.status(NO_TOKEN_YET);
		}
	}

}
