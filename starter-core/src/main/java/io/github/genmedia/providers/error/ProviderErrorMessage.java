package io.github.genmedia.providers.error;

import java.util.regex.Pattern;

import io.github.genmedia.providers.auth.Credential;
import org.jspecify.annotations.Nullable;
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
 * exception. The credential, when the provider echoes it, and anything shaped like a JWT
 * (Suno's bearer tokens, or a token of another account quoted back) are redacted.
 */
final class ProviderErrorMessage {

	private static final int MAX_LENGTH = 500;

	private static final String[] FIELDS = { "message", "error", "detail", "error_description" };

	/** Three base64url segments, the first two starting like a JSON object: a compact JWT. */
	private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");

	private static final String REDACTED = "[REDACTED]";

	private ProviderErrorMessage() {
	}

	/**
	 * Read the message, with the credential redacted before it is shortened, so that no
	 * part of an echoed key survives a cut.
	 */
	static @Nullable String from(byte[] body, @Nullable Credential credential) {
		if (body.length == 0 || !looksLikeJsonObject(body)) {
			return null;
		}
		try {
			String message = find(JsonMapper.shared().readTree(body));
			return (message != null) ? truncate(redact(message, credential)) : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static String redact(String message, @Nullable Credential credential) {
		String redacted = (credential != null) ? credential.redactFrom(message) : message;
		return JWT.matcher(redacted).replaceAll(REDACTED);
	}

	private static @Nullable String find(JsonNode node) {
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
		return (message.length() > MAX_LENGTH) ? message.substring(0, MAX_LENGTH) + "…" : message;
	}

}
