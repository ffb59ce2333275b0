package io.github.genmedia.providers.suno;

/**
 * A request selected a Suno account that cannot be cached, because every cached account
 * has a request in flight and none can be dropped under it.
 *
 * @since 0.1.0
 */
public class SunoAccountsBusyException extends SunoAuthenticationException {

	private final int maxCached;

	/**
	 * Create the exception.
	 * @param maxCached the most accounts cached at once
	 */
	public SunoAccountsBusyException(int maxCached) {
		super("All " + maxCached + " cached Suno accounts have requests in flight, so no account can be dropped to "
				+ "make room for another; raise the account cache size or send fewer accounts at once");
		this.maxCached = maxCached;
	}

	/**
	 * Return the most accounts cached at once.
	 * @return the cache size
	 */
	public int getMaxCached() {
		return this.maxCached;
	}

}
