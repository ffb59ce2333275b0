/**
 * Suno: authentication from a browser cookie, and the typed studio API.
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
 * <p>
 * {@link io.github.genmedia.providers.suno.SunoApi} types the studio endpoints the widely
 * used reference proxy calls; {@link io.github.genmedia.providers.suno.SunoErrorDecoder}
 * turns Suno's demand for a captcha into a
 * {@link io.github.genmedia.providers.suno.SunoCaptchaRequiredException}.
 */
@NullMarked
package io.github.genmedia.providers.suno;

import org.jspecify.annotations.NullMarked;
