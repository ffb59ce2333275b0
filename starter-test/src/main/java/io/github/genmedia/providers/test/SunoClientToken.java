package io.github.genmedia.providers.test;

import io.github.genmedia.providers.suno.SunoCookie;
import org.jspecify.annotations.Nullable;

/**
 * The value Clerk takes as {@code Authorization}: the {@code __client} of a Suno cookie.
 */
final class SunoClientToken {

	private SunoClientToken() {
	}

	static String of(@Nullable String cookie) {
		return SunoCookie.parse((cookie != null) ? cookie : TestCredentials.SUNO_COOKIE).revealClient();
	}

}
