package io.github.genmedia.providers.test;

/**
 * The credentials the stand-ins are given for a provider the application has none for.
 * They are shaped like real ones (Autype's starts with {@code ak_}, Suno's is a cookie
 * with {@code __client}) and are worth nothing anywhere else.
 *
 * @since 0.1.0
 */
public final class TestCredentials {

	/** Sunor's test key. */
	public static final String SUNOR = "sk-stand-in-sunor-0001";

	/** Supertone's test key. */
	public static final String SUPERTONE = "stand-in-supertone-0001";

	/** Whisul's test key. */
	public static final String WHISUL = "stand-in-whisul-0001";

	/** Autype's test key. */
	public static final String AUTYPE = "ak_stand-in-autype-0001";

	/** Suno's test cookie. */
	public static final String SUNO_COOKIE = "__client=stand-in-client-0001; ajs_anonymous_id=stand-in-device";

	private TestCredentials() {
	}

}
