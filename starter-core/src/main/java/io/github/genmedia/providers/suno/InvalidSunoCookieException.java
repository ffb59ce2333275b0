package io.github.genmedia.providers.suno;

/**
 * Thrown when a Suno cookie cannot be used. The message says what is wrong and how to
 * copy a fresh {@code Cookie} header; it never contains the cookie or any part of it.
 *
 * @since 0.1.0
 */
public class InvalidSunoCookieException extends IllegalArgumentException {

	/**
	 * How to get a cookie that works. {@code __client} is an HttpOnly cookie of Suno's
	 * Clerk domain, so {@code document.cookie} does not show it: it has to be copied from
	 * a request in the network tab.
	 */
	public static final String HOW_TO_COPY = "Copy a fresh Cookie header: sign in at https://suno.com, open the "
			+ "browser's developer tools (F12), Network tab, reload the page, select a request whose URL contains "
			+ "__clerk_api_version (it goes to Suno's Clerk domain) and copy the whole value of its Cookie request "
			+ "header.";

	private final String problem;

	public InvalidSunoCookieException(String problem) {
		super("The Suno cookie " + problem + ". " + HOW_TO_COPY);
		this.problem = problem;
	}

	/**
	 * Return what is wrong, phrased to follow "the cookie", for example
	 * {@code "has no __client value"}.
	 * @return the problem, without the advice
	 */
	public String getProblem() {
		return this.problem;
	}

}
