package io.github.genmedia.providers.test;

import io.github.genmedia.providers.test.standin.StandInProviders;

/**
 * The credentials the stand-ins are given for a provider the application has none for.
 * They are shaped like real ones (Autype's starts with {@code ak_}, Suno's is a cookie
 * with {@code __client}) and are worth nothing anywhere else. Each stand-in declares its
 * own; {@link #of(String)} gives any provider's.
 *
 * @since 0.1.0
 */
public final class TestCredentials {

	/** Sunor's test key. */
	public static final String SUNOR = of("sunor");

	/** Supertone's test key. */
	public static final String SUPERTONE = of("supertone");

	/** Whisul's test key. */
	public static final String WHISUL = of("whisul");

	/** Autype's test key. */
	public static final String AUTYPE = of("autype");

	/** Suno's test cookie. */
	public static final String SUNO_COOKIE = of("suno");

	private TestCredentials() {
	}

	/**
	 * Return the test credential of a built-in provider.
	 * @param provider the provider's name, such as {@code whisul}
	 * @return its test credential (Suno's: the cookie)
	 * @throws IllegalArgumentException if no built-in provider has that name
	 */
	public static String of(String provider) {
		return StandInProviders.named(provider).credential().test();
	}

}
