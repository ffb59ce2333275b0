package io.github.genmedia.providers.error;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * The provider answered with an error status other than 401 and 403.
 *
 * @since 0.1.0
 */
public class ProviderApiException extends ProviderException {

	public ProviderApiException(String message, String provider, HttpStatusCode statusCode,
			@Nullable String providerMessage) {
		super(message, provider, statusCode, providerMessage);
	}

}
