package io.github.genmedia.providers.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A provider secret (API key) that cannot leak by accident.
 * <p>
 * The value is trimmed on construction, because keys pasted from a dashboard or an
 * environment file often carry a stray newline. Anything an HTTP header cannot carry
 * that remains (see {@link KeyShape}) is rejected: a line break would let the value
 * end the header early and inject another one, and a zero-width space or a Cyrillic
 * letter would make every request fail with an error that quotes the value.
 * {@link #toString()} never shows the value, so a
 * credential is safe to log, to put in an exception message or to hand to a debugger
 * view; only {@link #reveal()}, called where the header is written, returns it.
 *
 * @since 0.1.0
 */
public final class Credential {

	/**
	 * Shorter values are not redacted from provider messages: a one-character "key" would
	 * turn "Invalid API key" into "Invalid API [REDACTED]ey", and no provider issues keys
	 * this short.
	 */
	static final int MIN_REDACTED_LENGTH = 8;

	/** 64 bits: no two keys of one provider in one store meet by chance. */
	private static final int FINGERPRINT_BYTES = 8;

	private final String value;

	private volatile @Nullable String fingerprint;

	private Credential(String value) {
		this.value = value;
	}

	/**
	 * Create a credential from a raw value.
	 * @param raw the value as configured
	 * @return the trimmed credential
	 * @throws InvalidCredentialException if the value is blank or holds a character an
	 * HTTP header cannot carry; the exception message describes the problem without the
	 * value
	 */
	public static Credential of(@Nullable String raw) {
		return KeyShape.ANY.credential(raw);
	}

	/**
	 * Create a credential from a value {@link KeyShape} checked.
	 * @param stripped the value, stripped
	 * @return the credential
	 */
	static Credential checked(String stripped) {
		return new Credential(stripped);
	}

	/**
	 * Return the secret itself. Call it only to write the value on the wire.
	 * @return the secret
	 */
	public String reveal() {
		return this.value;
	}

	/**
	 * Return the number of characters of the secret, the most that may be shown of it.
	 * @return the length
	 */
	public int length() {
		return this.value.length();
	}

	/**
	 * Whether the secret starts with the given prefix.
	 * @param prefix the prefix a provider requires, for example {@code ak_}
	 * @return {@code true} if the secret starts with it
	 */
	public boolean startsWith(String prefix) {
		return this.value.startsWith(prefix);
	}

	/**
	 * Return a fingerprint of the secret: the first 16 hexadecimal digits of its SHA-256
	 * hash. It tells keys apart where a key must be named without being shown, such as
	 * the key of a rate-limit bucket shared through Redis, and gives nothing of the
	 * secret away.
	 * @return 16 lower-case hexadecimal digits
	 */
	public String fingerprint() {
		// Computed once: a provider's keys are asked for theirs on every rate-limited request.
		String fingerprint = this.fingerprint;
		if (fingerprint == null) {
			fingerprint = sha256Prefix(this.value);
			this.fingerprint = fingerprint;
		}
		return fingerprint;
	}

	private static String sha256Prefix(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, FINGERPRINT_BYTES);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Replace every occurrence of the secret in a text, for messages that come back from
	 * a provider and might echo it. A value shorter than eight characters is left alone:
	 * it is no real secret, and replacing it would garble the text.
	 * @param text the text
	 * @return the text with the secret replaced by {@code [REDACTED]}
	 */
	public String redactFrom(String text) {
		return (this.value.length() >= MIN_REDACTED_LENGTH) ? text.replace(this.value, "[REDACTED]") : text;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof Credential that && this.value.equals(that.value));
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.value);
	}

	@Override
	public String toString() {
		return "Credential[****, " + this.value.length() + " chars]";
	}

}
