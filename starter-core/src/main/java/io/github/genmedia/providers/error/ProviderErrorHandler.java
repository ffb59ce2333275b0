package io.github.genmedia.providers.error;

import java.io.IOException;
import java.io.InputStream;

import io.github.genmedia.providers.auth.Credential;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * Turns a provider's 4xx and 5xx answers into {@link ProviderException}s that name the
 * provider, the status and the provider's own message.
 * <p>
 * Registered as the client's default status handler, so every call through a provider's
 * {@code RestClient} fails the same way without the caller writing
 * {@code onStatus(...)}.
 */
public final class ProviderErrorHandler implements RestClient.ResponseSpec.ErrorHandler {

	/** Enough for any error JSON; a larger body is an HTML page or a download. */
	private static final int MAX_BODY_BYTES = 16 * 1024;

	private final String provider;

	private final @Nullable Credential credential;

	/**
	 * Create a handler for one provider.
	 * @param provider the provider name
	 * @param credential the provider's credential, redacted from any message that echoes
	 * it, or {@code null}
	 */
	public ProviderErrorHandler(String provider, @Nullable Credential credential) {
		this.provider = provider;
		this.credential = credential;
	}

	@Override
	public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
		throw toException(response.getStatusCode(), readBody(response));
	}

	/**
	 * Build the exception for a status and body.
	 * @param status the status
	 * @param body the body, possibly empty
	 * @return the exception to throw
	 */
	public ProviderException toException(HttpStatusCode status, byte[] body) {
		String providerMessage = ProviderErrorMessage.from(body, this.credential);
		String statusText = statusText(status);
		String suffix = (providerMessage != null) ? ": " + providerMessage : "";
		if (status.value() == 401) {
			return new ProviderAuthenticationException("Provider '" + this.provider
					+ "' rejected the credential (" + statusText + ")" + suffix, this.provider, status, providerMessage);
		}
		if (status.value() == 403) {
			return new ProviderAccessDeniedException("Provider '" + this.provider + "' denied access (" + statusText
					+ ")" + suffix, this.provider, status, providerMessage);
		}
		return new ProviderApiException("Provider '" + this.provider + "' answered " + statusText + suffix,
				this.provider, status, providerMessage);
	}

	private static String statusText(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return "HTTP " + status.value() + ((known != null) ? " " + known.getReasonPhrase() : "");
	}

	private static byte[] readBody(ClientHttpResponse response) {
		try (InputStream body = response.getBody()) {
			return body.readNBytes(MAX_BODY_BYTES);
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

}
