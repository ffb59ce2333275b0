package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.time.Instant;

/**
 * A token Clerk issued, with when it expires and when to refresh it.
 *
 * @param jwt the token
 * @param requestedAt when Clerk was asked for it, by this instance or another
 * @param expiresAt when it stops being accepted
 * @param refreshAt when the scheduled refresh runs
 */
record SunoToken(SunoJwt jwt, Instant requestedAt, Instant expiresAt, Instant refreshAt) {

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
		Instant refreshAt = refreshAt(requestedAt, expiresAt, settings);
		Instant earliest = now.plus(MIN_REFRESH_DELAY);
		return new SunoToken(jwt, requestedAt, expiresAt, refreshAt.isBefore(earliest) ? earliest : refreshAt);
	}

	/**
	 * Time a token another instance published, by this instance's settings. Unlike a token
	 * just issued, its refresh time is not moved forward: a shared token past it is stale,
	 * and the reader refreshes.
	 * @param shared the published token
	 * @param settings the refresh settings
	 * @return the timed token
	 */
	static SunoToken shared(SharedSunoToken shared, SunoTokenSettings settings) {
		return new SunoToken(shared.jwt(), shared.requestedAt(), shared.expiresAt(),
				refreshAt(shared.requestedAt(), shared.expiresAt(), settings));
	}

	/** {@code refreshBeforeExpiry} before expiry, or halfway through a shorter life. */
	private static Instant refreshAt(Instant requestedAt, Instant expiresAt, SunoTokenSettings settings) {
		Duration refreshBefore = settings.refreshBeforeExpiry();
		Duration lifetime = Duration.between(requestedAt, expiresAt);
		return (lifetime.compareTo(refreshBefore) > 0) ? expiresAt.minus(refreshBefore)
				: requestedAt.plus(lifetime.dividedBy(2));
	}

	SharedSunoToken toShared() {
		return new SharedSunoToken(this.jwt, this.requestedAt, this.expiresAt);
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
