package io.github.genmedia.providers.autoconfigure.suno;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * When Suno is on, decided in one place for the condition that creates its beans and the
 * validation that reports its mistakes: on when a cookie is configured
 * ({@code providers.suno.cookie}, or else the {@code SUNO_COOKIE} environment variable)
 * or {@code providers.suno.enabled} is true, and never when that is false.
 */
public final class SunoActivation {

	/** The property that holds the browser cookie. */
	public static final String COOKIE_PROPERTY = "providers.suno.cookie";

	/** The environment variable the cookie defaults to. */
	public static final String COOKIE_VARIABLE = "SUNO_COOKIE";

	private static final String ENABLED_PROPERTY = "providers.suno.enabled";

	private SunoActivation() {
	}

	/**
	 * Whether Suno's beans are created.
	 * @param environment the environment
	 * @return {@code true} when a cookie is set or Suno is explicitly enabled
	 */
	public static boolean isActive(PropertyResolver environment) {
		Boolean enabled = environment.getProperty(ENABLED_PROPERTY, Boolean.class);
		if (Boolean.FALSE.equals(enabled)) {
			return false;
		}
		return Boolean.TRUE.equals(enabled) || StringUtils.hasText(rawCookie(environment));
	}

	/**
	 * Return the configured cookie as written.
	 * @param environment the environment
	 * @return the cookie, or {@code null}
	 */
	public static String rawCookie(PropertyResolver environment) {
		String cookie = environment.getProperty(COOKIE_PROPERTY);
		return StringUtils.hasText(cookie) ? cookie : environment.getProperty(COOKIE_VARIABLE);
	}

	/**
	 * Return where the cookie came from, for messages.
	 * @param environment the environment
	 * @return the property or the environment variable
	 */
	public static String cookieSource(PropertyResolver environment) {
		return StringUtils.hasText(environment.getProperty(COOKIE_PROPERTY)) ? COOKIE_PROPERTY : COOKIE_VARIABLE;
	}

}
