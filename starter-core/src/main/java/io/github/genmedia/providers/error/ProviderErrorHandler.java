package io.github.genmedia.providers.error;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.RequestCredential;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * Turns a provider's 4xx and 5xx answers into {@link ProviderException}s that name the
 * provider, the status and the provider's own message.
 * <p>
 * Registered as the client's default status handler, so every call through a provider's
 * {@code RestClient} or HTTP service client fails the same way without the caller writing
 * {@code onStatus(...)}. What a provider's error body looks like, and which answers get an
 * exception of their own, is its {@link ProviderErrorDecoder}'s business.
 *
 * @since 0.1.0
 */
public final class ProviderErrorHandler implements RestClient.ResponseSpec.ErrorHandler {

	/** Enough for any error JSON; a larger body is an HTML page or a download. */
	private static final int MAX_BODY_BYTES = 16 * 1024;

	private final String provider;

	private final @Nullable Credential credential;

	private final ProviderErrorDecoder decoder;

	/**
	 * Create a handler for one provider that reads the error shapes most APIs use.
	 * @param provider the provider name
	 * @param credential the provider's credential, redacted from any message that echoes
	 * it, or {@code null}
	 */
	public ProviderErrorHandler(String provider, @Nullable Credential credential) {
		this(provider, credential, ProviderErrorDecoder.DEFAULT);
	}

	/**
	 * Create a handler for one provider.
	 * @param provider the provider name
	 * @param credential the provider's credential, redacted from any message that echoes
	 * it, or {@code null}
	 * @param decoder how the provider writes its errors
	 */
	public ProviderErrorHandler(String provider, @Nullable Credential credential, ProviderErrorDecoder decoder) {
		this.provider = provider;
		this.credential = credential;
		this.decoder = decoder;
	}

	@Override
	public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
		throw toException(response.getStatusCode(), readBody(response), sentCredentials(request));
	}

	/**
	 * Build the exception for a status and body.
	 * @param status the status
	 * @param body the body, possibly empty
	 * @return the exception to throw
	 */
	public ProviderException toException(HttpStatusCode status, byte[] body) {
		return toException(status, body, List.of());
	}

	private ProviderException toException(HttpStatusCode status, byte[] body, List<Credential> sent) {
		List<Credential> secrets = new ArrayList<>(sent);
		if (this.credential != null) {
			secrets.add(this.credential);
		}
		JsonNode json = ProviderErrorMessage.parse(body);
		String message = json.isMissingNode() ? null
				: ProviderErrorMessage.clean(this.decoder.message(json), secrets);
		return this.decoder.exception(new ProviderError(this.provider, status, message, json));
	}

	/**
	 * The key this request carried besides the configured one: the one chosen for it (one
	 * of several, a rotated one, a source's, or a tenant's, which is chosen the same way).
	 */
	private static List<Credential> sentCredentials(HttpRequest request) {
		Credential selected = RequestCredential.selected(request);
		return (selected != null) ? List.of(selected) : List.of();
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
