package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.time.Instant;

/**
 * A token Clerk issued, with when it expires and when to refresh it.
 *
 * @param jwt the token
 * @param expiresAt when it stops being accepted
 * @param refreshAt when the scheduled refresh runs
 */
record SunoToken(SunoJwt jwt, Instant expiresAt, Instant refreshAt) {

	/** A token this close to its expiry could expire on its way to Suno; it is not sent. */
	static final Duration EXPIRY_MARGIN = Duration.ofSeconds(1);

	/** Refreshes are never scheduled closer together, whatever Clerk's tokens say. */
	static final Duration MIN_REFRESH_DELAY = Duration.ofSeconds(1);

	/**
	 * Time a token Clerk just issued.
	 * <p>
	 * Measured from the request, the token's lifetime ({@code exp - iat}) makes the expiry
	 * independent of how far this machine's clock is off from Clerk's; without
	 * {@code iat} the {@code exp} claim counts, and without either the fallback interval.
	 * @param jwt the token
	 * @param requestedAt when the refresh started
	 * @param now the time now
	 * @param settings the refresh settings
	 * @return the timed token
	 * @throws ClerkException of kind {@link SunoTokenFailure#CLERK_ANSWER_UNUSABLE} when
	 * the token has already expired: it would only earn a 401
	 */
	static SunoToken issued(SunoJwt jwt, Instant requestedAt, Instant now, SunoTokenSettings settings) {
		Duration refreshBefore = settings.refreshBeforeExpiry();
		Instant expiresAt = jwt.lifetime()
			.map(requestedAt::plus)
			.or(jwt::expiresAt)
			.orElseGet(() -> requestedAt.plus(settings.fallbackRefreshInterval()).plus(refreshBefore));
		if (!expiresAt.isAfter(now.plus(EXPIRY_MARGIN))) {
			throw new ClerkException("Clerk issued a token that had already expired (exp " + expiresAt
					+ "); check this machine's clock", SunoTokenFailure.CLERK_ANSWER_UNUSABLE, 200, null, null);
		}
		Duration lifetime = Duration.between(requestedAt, expiresAt);
		Instant refreshAt = (lifetime.compareTo(refreshBefore) > 0) ? expiresAt.minus(refreshBefore)
				: requestedAt.plus(lifetime.dividedBy(2));
		Instant earliest = now.plus(MIN_REFRESH_DELAY);
		return new SunoToken(jwt, expiresAt, refreshAt.isBefore(earliest) ? earliest : refreshAt);
	}

	boolean usableAt(Instant now) {
		return now.isBefore(this.expiresAt.minus(EXPIRY_MARGIN));
	}

	boolean freshAt(Instant now) {
		return now.isBefore(this.refreshAt);
	}

	String value() {
		return this.jwt.reveal();
	}

	@Override
	public String toString() {
		return "SunoToken[****, expires " + this.expiresAt + "]";
	}

}
