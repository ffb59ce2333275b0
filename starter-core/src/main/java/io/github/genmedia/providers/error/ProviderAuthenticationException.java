package io.github.genmedia.providers.error;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * The provider did not accept the credential (HTTP 401): the key is wrong, revoked or expired.
 *
 * @since 0.1.0
 */
public class ProviderAuthenticationException extends ProviderException {

	public ProviderAuthenticationException(String message, String provider, HttpStatusCode statusCode,
			@Nullable String providerMessage) {
		super(message, provider, statusCode, providerMessage);
	}

}
