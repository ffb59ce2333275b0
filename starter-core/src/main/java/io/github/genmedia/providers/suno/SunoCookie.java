package io.github.genmedia.providers.suno;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a logged-in browser's {@code Cookie} header that identify one Suno
 * account.
 * <p>
 * Suno has no API key. Its login service, Clerk, keeps the sign-in in the
 * {@code __client} cookie, which is exchanged for short-lived JWTs. Every other cookie in
 * the header is ignored, because browsers change them between requests and none of them
 * is needed. {@code ajs_anonymous_id} (Segment's anonymous id) is what Suno's web app
 * sends as its device id; when it is missing, a random one is made up once and kept in
 * this object, so that an account keeps one device id for as long as it is used.
 * <p>
 * Equal objects stand for the same account: equality compares {@code __client} and the
 * device id taken from the header (not a generated one), so a parsed cookie can be a
 * cache key. {@link #toString()} shows only a short fingerprint, never a value.
 *
 * @since 0.1.0
 */
public final class SunoCookie {

	static final String CLIENT = "__client";

	static final String DEVICE_ID = "ajs_anonymous_id";

	private static final String HEADER_PREFIX = "cookie:";

	private final String client;

	/** The device id from the header, or {@code null} when it had none. */
	private final @Nullable String givenDeviceId;

	private final String deviceId;

	private final String fingerprint;

	private final String accountId;

	private SunoCookie(String client, @Nullable String givenDeviceId) {
		this.client = client;
		this.givenDeviceId = givenDeviceId;
		this.deviceId = (givenDeviceId != null) ? givenDeviceId : UUID.randomUUID().toString();
		this.accountId = sha256(client);
		this.fingerprint = this.accountId.substring(0, 8);
	}

	/**
	 * Parse a {@code Cookie} header: {@code name=value} pairs separated by {@code ;}.
	 * Values may contain {@code =}; whitespace around names and values is removed, and a
	 * leading {@code Cookie:} (when the whole header line was pasted) is skipped. When a
	 * name occurs twice, the first value counts, as it does for servers.
	 * @param header the header value
	 * @return the cookie
	 * @throws InvalidSunoCookieException if the header is empty, contains a control
	 * character, or has no non-empty {@code __client}
	 */
	public static SunoCookie parse(String header) {
		String text;
		try {
			// A cookie is a secret written into a header: the same rules as an API key.
			text = Credential.of(header).reveal();
		}
		catch (InvalidCredentialException ex) {
			throw new InvalidSunoCookieException(ex.getProblem());
		}
		Map<String, String> cookies = pairs(text);
		String client = cookies.get(CLIENT);
		if (client == null) {
			throw new InvalidSunoCookieException("has no " + CLIENT + " value (cookies such as "
					+ "__client_uat or __session are not enough)");
		}
		if (client.isEmpty()) {
			throw new InvalidSunoCookieException("has an empty " + CLIENT + " value");
		}
		return new SunoCookie(client, deviceId(cookies.get(DEVICE_ID)));
	}

	/**
	 * Whether a {@code Cookie} header contains a cookie named exactly {@code __client},
	 * even with an empty value. Never throws.
	 * @param header the header value, may be {@code null}
	 * @return {@code true} if it names {@code __client}
	 */
	public static boolean hasClientCookie(String header) {
		return header != null && pairs(header.strip()).containsKey(CLIENT);
	}

	/**
	 * Return the {@code __client} value, Clerk's proof of the sign-in. Call it only to
	 * write the value on the wire to Clerk.
	 * @return the value
	 */
	public String revealClient() {
		return this.client;
	}

	/**
	 * Return the device id: {@code ajs_anonymous_id} without URL encoding and quotes, or
	 * a random UUID made when the header had none.
	 * @return the device id
	 */
	public String deviceId() {
		return this.deviceId;
	}

	/**
	 * Whether the device id was made up because the header had no
	 * {@code ajs_anonymous_id}.
	 * @return {@code true} for a generated device id
	 */
	public boolean isDeviceIdGenerated() {
		return this.givenDeviceId == null;
	}

	/**
	 * Return a short, stable name for the account in logs and health details: the first
	 * eight hex digits of the SHA-256 of {@code __client}. Eight hex digits of a hash of a
	 * long random value tell nothing about the value, yet tell accounts apart.
	 * @return the fingerprint
	 */
	public String fingerprint() {
		return this.fingerprint;
	}

	/**
	 * Return the account's name in a shared token store: the SHA-256 of
	 * {@code __client}, in hex. One-way: {@code __client} is long and random, so the id
	 * cannot be turned back into it, yet every instance computes the same id.
	 */
	String accountId() {
		return this.accountId;
	}

	private static Map<String, String> pairs(String text) {
		String body = text.regionMatches(true, 0, HEADER_PREFIX, 0, HEADER_PREFIX.length())
				? text.substring(HEADER_PREFIX.length()) : text;
		Map<String, String> cookies = new LinkedHashMap<>();
		for (String pair : body.split(";")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				String name = pair.substring(0, equals).strip();
				if (!name.isEmpty()) {
					cookies.putIfAbsent(name, pair.substring(equals + 1).strip());
				}
			}
		}
		return cookies;
	}

	/**
	 * Segment's older libraries store the id JSON-encoded and URL-encoded
	 * ({@code %22uuid%22}); the bare id is kept.
	 */
	private static @Nullable String deviceId(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String value = raw;
		if (value.indexOf('%') >= 0) {
			try {
				value = URLDecoder.decode(value, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				// not URL-encoded after all: keep it as it is
			}
		}
		value = value.strip();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1).strip();
		}
		return value.isEmpty() || value.indexOf('"') >= 0 ? null : value;
	}

	private static String sha256(String client) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof SunoCookie that && this.client.equals(that.client)
				&& Objects.equals(this.givenDeviceId, that.givenDeviceId));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.client, this.givenDeviceId);
	}

	@Override
	public String toString() {
		return "SunoCookie[account " + this.fingerprint + ", ****]";
	}

}
