package io.github.genmedia.providers.auth;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an HTTP header value may hold here: visible ASCII, and spaces between.
 * <p>
 * HTTP libraries differ on the rest: one rejects a zero-width space with an exception
 * whose message quotes the whole value, another sends a no-break space as byte
 * {@code 0xA0}, and a line break lets a value end its header and inject another. A
 * secret or header value is therefore checked once, where it is configured, and the
 * problem is described by the character's code point, name and position, never by the
 * value.
 *
 * @since 0.1.0
 */
public final class HeaderValues {

	private HeaderValues() {
	}

	/**
	 * Describe what keeps a value from being sent in a header.
	 * @param value the value, already trimmed
	 * @return for example {@code "contains U+200B (ZERO WIDTH SPACE) at position 41 of 41;
	 * HTTP headers carry visible ASCII only"}, or {@code null} when the value can be sent
	 */
	public static @Nullable String problemWith(String value) {
		int i = firstUnsendable(value);
		return (i >= 0) ? describe(value.codePointAt(i), i + 1, value.length()) : null;
	}

	/**
	 * Describe a character a header cannot carry, the one wording of every such problem.
	 * @param codePoint the character
	 * @param position its position in the value, from 1
	 * @param length the value's length
	 * @return the description
	 */
	static String describe(int codePoint, int position, int length) {
		String where = " at position " + position + " of " + length;
		if (Character.isISOControl(codePoint)) {
			return "contains a control character (CR, LF or similar)" + where;
		}
		return "contains " + name(codePoint) + where + "; HTTP headers carry visible ASCII only";
	}

	/**
	 * Find the first character a header cannot carry, for a value that must not be
	 * described beyond where the problem is (a file a symbolic link may point anywhere).
	 * @param value the value, already trimmed
	 * @return the index of the first character that is neither visible ASCII nor a
	 * space, or {@code -1} when the value can be sent
	 */
	public static int firstUnsendable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c >= 0x7F) {
				return i;
			}
		}
		return -1;
	}

	private static String name(int codePoint) {
		String name = Character.getName(codePoint);
		String hex = "U+" + String.format(Locale.ROOT, "%04X", codePoint);
		return (name != null) ? hex + " (" + name + ")" : hex;
	}

}
