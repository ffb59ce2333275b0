/**
 * Suno authentication from a browser cookie.
 * <p>
 * Suno has no API key. A signed-in browser holds Clerk's {@code __client} cookie, which
 * {@link io.github.genmedia.providers.suno.ClerkClient} exchanges for a session id and
 * then for a JWT of about a minute's life.
 * {@link io.github.genmedia.providers.suno.SunoAccount} keeps one account's JWT fresh on
 * a shared scheduler; {@link io.github.genmedia.providers.suno.SunoTokenProvider} holds
 * the configured account and a bounded cache of accounts whose cookie comes with a
 * request; {@link io.github.genmedia.providers.suno.SunoAuthInterceptor} puts the JWT on
 * requests to Suno's API and keeps the cookie off them. Failures are reported as
 * {@link io.github.genmedia.providers.suno.SunoTokenFailure} kinds. Nothing here needs
 * Spring Boot.
 */
@NullMarked
package io.github.genmedia.providers.suno;

import org.jspecify.annotations.NullMarked;
