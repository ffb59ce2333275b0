package io.github.genmedia.providers.suno;

import java.time.Instant;

/**
 * The latest failure to get a token for an account: a failed Clerk attempt, or a request
 * that waited for a token in vain.
 *
 * @param kind why, as a kind to switch on
 * @param message what happened, without cookie, token or session id
 * @param at when it happened
 * @since 0.1.0
 */
public record FailedRefresh(SunoTokenFailure kind, String message, Instant at) {

}
