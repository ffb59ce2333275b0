package io.github.genmedia.providers.autoconfigure.suno;

import java.nio.file.Path;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.keys.FileWatches;
import io.github.genmedia.providers.keys.SecretFile;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

/**
 * Watches {@code providers.suno.cookie-file} and makes each new cookie the configured
 * account: the old account's token is dropped, and the new account's first token is
 * fetched at once, so a cookie copied from the browser a week later takes effect without
 * a restart. A cookie that cannot be used keeps the last good one and shows in health.
 */
final class SunoCookieFile implements DisposableBean {

	private final @Nullable SecretFile file;

	private SunoCookieFile(@Nullable SecretFile file) {
		this.file = file;
	}

	/**
	 * Watch a cookie file for a token provider.
	 * @param path the file, or {@code null} when the cookie is configured
	 * @param tokens the token provider whose configured account follows the file
	 * @param watches the starter's file watches
	 * @return the watch
	 */
	static SunoCookieFile watch(@Nullable Path path, SunoTokenProvider tokens, FileWatches watches) {
		if (path == null) {
			return new SunoCookieFile(null);
		}
		SecretFile file = SecretFile.open(SunoProvider.NAME, path, SunoCookieFile::parse, watches);
		file.onChange((cookie) -> tokens.replaceDefaultCookie(SunoCookie.parse(cookie.reveal())));
		// The file may have changed between the startup check and the watch's first read;
		// under the file's lock, so that a newer cookie the watch reads meanwhile wins.
		synchronized (file) {
			tokens.replaceDefaultCookie(SunoCookie.parse(file.current().reveal()));
		}
		return new SunoCookieFile(file);
	}

	private static Credential parse(String content) {
		Credential credential = Credential.of(content);
		SunoProvider.cookie(credential);
		return credential;
	}

	/**
	 * Return why the file's latest content could not be used, if it could not.
	 * @return the problem, without the cookie, or {@code null}
	 */
	@Nullable String problem() {
		return (this.file != null) ? this.file.problem() : null;
	}

	@Override
	public void destroy() {
		if (this.file != null) {
			this.file.close();
		}
	}

}
