package io.github.genmedia.providers.error;

/**
 * A failure that concerns one provider and names it: an error answer
 * ({@link ProviderException}), a job that ended without a result, a rate-limit permit or
 * a credential the request could not get. Catch it to handle any of them the same way,
 * by {@link #getProvider()}; catch the subclasses to tell them apart.
 * <p>
 * A runtime exception, so that {@code RestClient} hands it to the caller as it is rather
 * than wrapping it as an I/O failure. The message never contains a credential.
 *
 * @since 0.1.0
 */
public abstract class ProviderFailureException extends RuntimeException {

	private final String provider;

	/**
	 * Create the exception.
	 * @param message a message that contains no secret
	 * @param provider the provider's name
	 */
	protected ProviderFailureException(String message, String provider) {
		super(message);
		this.provider = provider;
	}

	/**
	 * Return the name of the provider the failure concerns.
	 * @return the provider name
	 */
	public String getProvider() {
		return this.provider;
	}

}
