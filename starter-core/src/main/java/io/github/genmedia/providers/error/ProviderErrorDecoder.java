package io.github.genmedia.providers.error;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How one provider writes its errors: where its JSON error body keeps the message, and
 * which answers deserve an exception of their own.
 * <p>
 * The defaults read the shapes most APIs use ({@code message}, {@code error},
 * {@code detail}, {@code error_description}, nested objects and arrays of messages) and
 * map 401, 402 and 403 to their own exceptions; a provider overrides what it says
 * differently, such as the numbers in an insufficient-credits answer.
 *
 * @since 0.1.0
 */
public interface ProviderErrorDecoder {

	/** The shapes most APIs use. */
	ProviderErrorDecoder DEFAULT = new ProviderErrorDecoder() {
	};

	/**
	 * Return the provider's own message from its JSON error body. It is redacted and
	 * shortened afterwards.
	 * @param body the body, a missing node when it was not a JSON object
	 * @return the message, or {@code null} when the body has none
	 */
	default @Nullable String message(JsonNode body) {
		return ProviderErrorMessage.find(body);
	}

	/**
	 * Return the exception for an error answer.
	 * @param error the answer, with the provider's message already redacted
	 * @return the exception to throw
	 */
	default ProviderException exception(ProviderError error) {
		return error.standardException();
	}

}
