package io.github.genmedia.providers.autoconfigure.resolution;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * What a provider's base URL must be, and how it may be quoted in a message: without
 * user info or query, which may hold secrets.
 */
final class BaseUrls {

	/** Port numbers stop at 65535; {@code java.net.URI} accepts any number. */
	private static final int MAX_PORT = 65_535;

	private BaseUrls() {
	}

	static @Nullable String problemWith(URI uri) {
		String scheme = uri.getScheme();
		if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
				|| uri.getHost() == null) {
			return "is not an absolute http or https URL with a host (a host name with '_' is not one)";
		}
		if (uri.getPort() > MAX_PORT) {
			return "has port " + uri.getPort() + ", above " + MAX_PORT;
		}
		if (uri.getRawUserInfo() != null) {
			return "contains user info (user:password@), which would send a secret in every URL";
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			return "has a query or fragment, which cannot be combined with request paths";
		}
		return null;
	}

	/**
	 * Quote a value that is not even a URL: up to the first {@code ?} or {@code #}, with
	 * any user info masked.
	 */
	static String quotable(String raw) {
		int cut = raw.length();
		for (char end : new char[] { '?', '#' }) {
			int at = raw.indexOf(end);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		return raw.substring(0, cut).replaceAll("//[^/@]*@", "//****@");
	}

	static URI stripTrailingSlash(URI uri) {
		String text = uri.toString();
		return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
	}

}
