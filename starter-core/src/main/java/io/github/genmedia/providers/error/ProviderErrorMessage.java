package io.github.genmedia.providers.error;

import io.github.genmedia.providers.auth.Credential;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the human-readable message out of a provider's JSON error body.
 * <p>
 * Providers disagree on the field: Sunor and Autype send {@code message}, others
 * {@code error} (a string or an object with its own {@code message}), {@code detail}
 * (FastAPI-style services) or {@code error_description} (OAuth). The first non-blank one
 * wins; anything that is not JSON yields no message rather than an HTML page in an
 * exception.
 */
final class ProviderErrorMessage {

	private static final int MAX_LENGTH = 500;

	private static final String[] FIELDS = { "message", "error", "detail", "error_description" };

	private ProviderErrorMessage() {
	}

	/**
	 * Read the message, with the credential redacted before it is shortened, so that no
	 * part of an echoed key survives a cut.
	 */
	static String from(byte[] body, Credential credential) {
		if (body == null || body.length == 0 || !looksLikeJsonObject(body)) {
			return null;
		}
		try {
			String message = find(JsonMapper.shared().readTree(body));
			return truncate((credential != null) ? credential.redactFrom(message) : message);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String find(JsonNode node) {
		for (String field : FIELDS) {
			JsonNode value = node.path(field);
			if (value.isString() && !value.stringValue().isBlank()) {
				return value.stringValue().strip();
			}
			if (value.isObject()) {
				String nested = find(value);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

	private static boolean looksLikeJsonObject(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '{';
			}
		}
		return false;
	}

	private static String truncate(String message) {
		return (message != null && message.length() > MAX_LENGTH) ? message.substring(0, MAX_LENGTH) + "…" : message;
	}

}
