package io.github.genmedia.providers.error;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * A provider answered a request with an error status.
 * <p>
 * Subclasses tell apart what a caller usually handles differently: a credential the
 * provider does not accept ({@link ProviderAuthenticationException}), a valid
 * credential without permission ({@link ProviderAccessDeniedException}), and every other
 * error ({@link ProviderApiException}). The message never contains the credential; when
 * the provider echoes it back, it is redacted.
 *
 * @since 0.1.0
 */
public abstract class ProviderException extends ProviderFailureException {

	private final HttpStatusCode statusCode;

	private final @Nullable String providerMessage;

	protected ProviderException(String message, String provider, HttpStatusCode statusCode,
			@Nullable String providerMessage) {
		super(message, provider);
		this.statusCode = statusCode;
		this.providerMessage = providerMessage;
	}

	/**
	 * Return the HTTP status the provider answered with.
	 * @return the status code
	 */
	public HttpStatusCode getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the provider's own explanation, read from its JSON error body.
	 * @return the message, or {@code null} when the body had none
	 */
	public @Nullable String getProviderMessage() {
		return this.providerMessage;
	}

}
