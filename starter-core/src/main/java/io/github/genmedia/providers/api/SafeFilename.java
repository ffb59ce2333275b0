package io.github.genmedia.providers.api;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Turns the file name a download suggests ({@code Content-Disposition}) into one that can
 * be used as a name in a directory of the application's choosing.
 * <p>
 * The suggestion is the server's, or whoever answers in its place: {@code ../../etc/evil.sh}
 * or {@code C:\Windows\evil.bat} would leave the directory, a control character or a
 * right-to-left override would disguise the name in a log or a listing, and a leading dot
 * would hide the file. What is kept is the last path segment without those characters,
 * without leading dots and spaces (trailing ones too, which Windows drops), with the
 * characters Windows forbids replaced by {@code _}, and at most 255 bytes long with its
 * extension kept; {@value #FALLBACK} when nothing is left.
 */
final class SafeFilename {

	/** The name of a download whose suggested name has nothing usable. */
	static final String FALLBACK = "download";

	/** The longest file name of common file systems (ext4, XFS, APFS, NTFS in UTF-16 units). */
	private static final int MAX_BYTES = 255;

	/** An extension longer than this is not kept whole when the name is cut. */
	private static final int MAX_EXTENSION = 16;

	private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";

	private SafeFilename() {
	}

	/**
	 * Return a safe name for a suggested one.
	 * @param suggested the name as the download suggested it, or {@code null}
	 * @return the safe name, or {@code null} when none was suggested
	 */
	static @Nullable String of(@Nullable String suggested) {
		if (suggested == null) {
			return null;
		}
		String segment = suggested.substring(Math.max(suggested.lastIndexOf('/'), suggested.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder(segment.length());
		segment.codePoints().filter(SafeFilename::visible).map((c) -> (WINDOWS_FORBIDDEN.indexOf(c) >= 0) ? '_' : c)
			.forEach(kept::appendCodePoint);
		String name = trim(kept.toString());
		return name.isEmpty() ? FALLBACK : shorten(name);
	}

	/**
	 * Whether a character may stay: no control character (C0, DEL, C1), no format
	 * character (bidirectional overrides, zero-width ones), no line or paragraph separator.
	 */
	private static boolean visible(int c) {
		int type = Character.getType(c);
		return !Character.isISOControl(c) && type != Character.FORMAT && type != Character.LINE_SEPARATOR
				&& type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED
				&& type != Character.PRIVATE_USE && type != Character.SURROGATE;
	}

	private static String trim(String name) {
		int start = 0;
		while (start < name.length() && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
			start++;
		}
		int end = name.length();
		while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
			end--;
		}
		return name.substring(start, end);
	}

	private static String shorten(String name) {
		if (bytes(name) <= MAX_BYTES) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= MAX_EXTENSION) ? name.substring(dot) : "";
		int budget = MAX_BYTES - bytes(extension);
		StringBuilder base = new StringBuilder();
		int used = 0;
		for (int c : name.substring(0, name.length() - extension.length()).codePoints().toArray()) {
			int size = bytes(Character.toString(c));
			if (used + size > budget) {
				break;
			}
			base.appendCodePoint(c);
			used += size;
		}
		return trim(base.toString()) + extension;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
