package io.github.genmedia.providers.suno;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session token Clerk issued for Suno, with the times read from its payload.
 * <p>
 * The signature is not checked: the token is Suno's to verify, and this client only needs
 * to know when to fetch the next one. A payload that cannot be read, or has no
 * {@code exp}, is not an error; the token is then refreshed on a fixed interval (see
 * {@link SunoTokenSettings#fallbackRefreshInterval()}). The value itself must look like a
 * JWT (base64url segments separated by dots), because it is written into the
 * {@code Authorization} header. {@link #toString()} never shows it.
 *
 * @since 0.1.0
 */
public final class SunoJwt {

	private final String value;

	private final @Nullable Instant expiresAt;

	private final @Nullable Instant issuedAt;

	private SunoJwt(String value, @Nullable Instant expiresAt, @Nullable Instant issuedAt) {
		this.value = value;
		this.expiresAt = expiresAt;
		this.issuedAt = issuedAt;
	}

	/**
	 * Read a token.
	 * @param value the compact JWT
	 * @return the token
	 * @throws IllegalArgumentException if the value is blank or has characters no JWT
	 * has; the message does not contain the value
	 */
	public static SunoJwt of(String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The token is empty");
		}
		for (int i = 0; i < value.length(); i++) {
			if (!isJwtChar(value.charAt(i))) {
				throw new IllegalArgumentException("The token is not a JWT: character " + (i + 1) + " of "
						+ value.length() + " is not allowed");
			}
		}
		JsonNode claims = claims(value);
		return new SunoJwt(value, epochSeconds(claims, "exp"), epochSeconds(claims, "iat"));
	}

	/**
	 * Return the token itself. Call it only to write the value on the wire.
	 * @return the compact JWT
	 */
	public String reveal() {
		return this.value;
	}

	/**
	 * Return the {@code exp} claim.
	 * @return the expiry, or empty when the payload has none that can be read
	 */
	public Optional<Instant> expiresAt() {
		return Optional.ofNullable(this.expiresAt);
	}

	/**
	 * Return the {@code iat} claim.
	 * @return the issue time, or empty when the payload has none that can be read
	 */
	public Optional<Instant> issuedAt() {
		return Optional.ofNullable(this.issuedAt);
	}

	/**
	 * Return how long the token is valid, {@code exp - iat}. Unlike {@code exp} alone,
	 * the lifetime does not depend on this machine's clock agreeing with Clerk's.
	 * @return the lifetime, or empty unless both claims are present and {@code exp} is
	 * after {@code iat}
	 */
	public Optional<Duration> lifetime() {
		if (this.expiresAt == null || this.issuedAt == null || !this.expiresAt.isAfter(this.issuedAt)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(this.issuedAt, this.expiresAt));
	}

	private static boolean isJwtChar(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == '=';
	}

	private static @Nullable JsonNode claims(String value) {
		String[] parts = value.split("\\.", -1);
		if (parts.length < 2) {
			return null;
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
			JsonNode node = JsonMapper.shared().readTree(payload);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

	private static String stripPadding(String segment) {
		int end = segment.length();
		while (end > 0 && segment.charAt(end - 1) == '=') {
			end--;
		}
		return segment.substring(0, end);
	}

	private static @Nullable Instant epochSeconds(@Nullable JsonNode claims, String name) {
		if (claims == null) {
			return null;
		}
		JsonNode claim = claims.get(name);
		if (claim == null || !claim.isNumber()) {
			return null;
		}
		try {
			long seconds = claim.isIntegralNumber() ? claim.longValue() : (long) claim.doubleValue();
			return Instant.ofEpochSecond(seconds);
		}
		catch (DateTimeException | ArithmeticException | JacksonException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "SunoJwt[****, exp=" + ((this.expiresAt != null) ? this.expiresAt : "unknown") + "]";
	}

}
