package io.github.genmedia.providers.error;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;

/**
 * The provider accepted the credential but refused the request (HTTP 403): the key lacks the permission, plan or credits for it.
 *
 * @since 0.1.0
 */
public class ProviderAccessDeniedException extends ProviderException {

	public ProviderAccessDeniedException(String message, String provider, HttpStatusCode statusCode,
			@Nullable String providerMessage) {
		super(message, provider, statusCode, providerMessage);
	}

}
