package io.github.genmedia.providers.auth;

import java.util.Objects;

/**
 * A provider secret (API key) that cannot leak by accident.
 * <p>
 * The value is trimmed on construction, because keys pasted from a dashboard or an
 * environment file often carry a stray newline. Control characters that remain inside
 * the value are rejected: written into an HTTP header they would let the value end the
 * header early and inject another one. {@link #toString()} never shows the value, so a
 * credential is safe to log, to put in an exception message or to hand to a debugger
 * view; only {@link #reveal()}, called where the header is written, returns it.
 */
public final class Credential {

	private final String value;

	private Credential(String value) {
		this.value = value;
	}

	/**
	 * Create a credential from a raw value.
	 * @param raw the value as configured
	 * @return the trimmed credential
	 * @throws InvalidCredentialException if the value is blank or contains a control
	 * character; the exception message describes the problem without the value
	 */
	public static Credential of(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidCredentialException("is empty");
		}
		String trimmed = raw.strip();
		for (int i = 0; i < trimmed.length(); i++) {
			if (Character.isISOControl(trimmed.charAt(i))) {
				throw new InvalidCredentialException("contains a control character (CR, LF or similar) at position "
						+ (i + 1) + " of " + trimmed.length());
			}
		}
		return new Credential(trimmed);
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
	 * Replace every occurrence of the secret in a text, for messages that come back from
	 * a provider and might echo it.
	 * @param text the text, may be {@code null}
	 * @return the text with the secret replaced by {@code [REDACTED]}
	 */
	public String redactFrom(String text) {
		return (text != null) ? text.replace(this.value, "[REDACTED]") : null;
	}

	@Override
	public boolean equals(Object other) {
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
