package io.github.genmedia.providers.autoconfigure.suno;

import java.nio.file.Path;

import io.github.genmedia.providers.autoconfigure.config.ActiveProvider;
import io.github.genmedia.providers.suno.InvalidSunoCookieException;
import io.github.genmedia.providers.suno.SunoAuthenticationException;
import io.github.genmedia.providers.suno.SunoTokenFailure;
import org.jspecify.annotations.Nullable;

/**
 * What to do when Clerk or Suno no longer accepts the configured cookie, in the words of
 * the configuration it came from: the cookie file, read again when it changes, or
 * {@code providers.suno.cookie} and its environment variable, read at startup. The core
 * knows neither, so the words are added here, to health's reason and to the exception a
 * request of the configured account gets.
 *
 * @param file the cookie file, or {@code null} when the cookie is configured
 */
record SunoCookieAdvice(@Nullable Path file) {

	/**
	 * Return the advice for Suno as configured.
	 * @param suno the active provider
	 * @return the advice
	 */
	static SunoCookieAdvice of(ActiveProvider suno) {
		return new SunoCookieAdvice(suno.keys().file());
	}

	/**
	 * Return what to update, short enough for health's reason.
	 * @return for example {@code update providers.suno.cookie or SUNO_COOKIE with a fresh
	 * Cookie header, then restart}
	 */
	String update() {
		String prefix = "providers." + SunoProvider.NAME + ".";
		if (this.file != null) {
			return "update the cookie file " + this.file + " (" + prefix + "cookie-file) with a fresh Cookie header; it "
					+ "is read again without a restart";
		}
		return "update " + prefix + "cookie or " + SunoProvider.PRESET.environmentVariable()
				+ " with a fresh Cookie header, then restart";
	}

	/**
	 * Add the advice to a failure to get a token for the configured account, when the
	 * cookie was rejected.
	 * @param ex the failure
	 * @return the failure with the advice in its message, its cause the original; or the
	 * failure itself when the cookie is not to blame
	 */
	SunoAuthenticationException explain(SunoAuthenticationException ex) {
		if (ex.getFailure() != SunoTokenFailure.COOKIE_REJECTED) {
			return ex;
		}
		return new SunoAuthenticationException(ex.getMessage() + ". Clerk no longer accepts the configured cookie: "
				+ update() + ". " + InvalidSunoCookieException.HOW_TO_COPY, ex);
	}

}
