package io.github.genmedia.providers.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.github.genmedia.providers.auth.Credential;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads the human-readable message out of a provider's JSON error body.
 * <p>
 * Providers disagree on the field: Sunor and Autype send {@code message}, others
 * {@code error} (a string or an object with its own {@code message}), {@code detail}
 * (FastAPI-style services, Suno) or {@code error_description} (OAuth); NestJS-style
 * services (Supertone, Autype) send an array of messages and FastAPI's validation errors
 * an array of objects with a {@code msg}, which are joined. The first non-blank
 * one wins; anything that is not JSON yields no message rather than an HTML page in an
 * exception. The credential, when the provider echoes it, and anything shaped like a JWT
 * (Suno's bearer tokens, or a token of another account quoted back) are redacted.
 */
final class ProviderErrorMessage {

	private static final int MAX_LENGTH = 500;

	private static final String[] FIELDS = { "message", "error", "detail", "error_description", "msg" };

	/** Three base64url segments, the first two starting like a JSON object: a compact JWT. */
	private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");

	private static final String REDACTED = "[REDACTED]";

	private ProviderErrorMessage() {
	}

	/**
	 * Parse an error body; anything but a JSON object gives a missing node.
	 */
	static JsonNode parse(byte[] body) {
		if (body.length == 0 || !looksLikeJsonObject(body)) {
			return MissingNode.getInstance();
		}
		try {
			return JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	/**
	 * Redact a message before shortening it, so that no part of an echoed key survives a
	 * cut.
	 */
	static @Nullable String clean(@Nullable String message, List<Credential> credentials) {
		return (message != null && !message.isBlank()) ? truncate(redact(message.strip(), credentials)) : null;
	}

	static String redact(String message, List<Credential> credentials) {
		String redacted = message;
		// Longest first: a key that contains another must go whole.
		List<Credential> longestFirst = new ArrayList<>(credentials);
		longestFirst.sort(Comparator.comparingInt(Credential::length).reversed());
		for (Credential credential : longestFirst) {
			redacted = credential.redactFrom(redacted);
		}
		return JWT.matcher(redacted).replaceAll(REDACTED);
	}

	static @Nullable String find(JsonNode node) {
		for (String field : FIELDS) {
			JsonNode value = node.path(field);
			if (value.isString() && !value.stringValue().isBlank()) {
				return value.stringValue().strip();
			}
			if (value.isArray()) {
				String joined = joined(value);
				if (joined != null) {
					return joined;
				}
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

	private static @Nullable String joined(JsonNode array) {
		List<String> parts = new ArrayList<>();
		array.forEach((element) -> {
			String part = element.isString() ? element.stringValue().strip()
					: element.isObject() ? find(element) : null;
			if (part != null && !part.isBlank()) {
				parts.add(part);
			}
		});
		return parts.isEmpty() ? null : String.join("; ", parts);
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
