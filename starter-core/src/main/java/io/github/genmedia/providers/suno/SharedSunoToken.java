package io.github.genmedia.providers.suno;

import java.time.Instant;

/**
 * A token as the instances of a fleet share it through a {@link SunoTokenStore}: the JWT
 * and its times, nothing of the cookie. {@link #toString()} does not show the JWT.
 *
 * @param jwt the token
 * @param requestedAt when the instance that refreshed it asked Clerk; each instance
 * times its next refresh from it and {@code expiresAt} by its own settings
 * @param expiresAt when the token stops being accepted
 * @since 0.1.0
 */
public record SharedSunoToken(SunoJwt jwt, Instant requestedAt, Instant expiresAt) {

}
