package io.github.genmedia.providers.auth;

import java.net.URI;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whether a URL may carry a sign-in or a token: {@code https}, or plain {@code http}
 * only to this machine, where a local stand-in or proxy runs.
 *
 * @since 0.1.0
 */
public final class TransportSecurity {

	private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private TransportSecurity() {
	}

	/**
	 * Describe what keeps a URL from carrying a secret.
	 * @param url the URL
	 * @return the problem, or {@code null} when the URL is fit
	 */
	public static @Nullable String problemWith(URI url) {
		String scheme = url.getScheme();
		if (scheme == null || url.getHost() == null) {
			return "is not an absolute http(s) URL with a host";
		}
		if (url.getRawUserInfo() != null) {
			return "contains user info (user:password@), which would send a secret in every URL";
		}
		if (url.getRawQuery() != null || url.getRawFragment() != null) {
			return "has a query or fragment, which cannot be combined with request paths";
		}
		if ("https".equalsIgnoreCase(scheme)) {
			return null;
		}
		if ("http".equalsIgnoreCase(scheme) && isLoopback(url)) {
			return null;
		}
		return "must use https (plain http only for localhost): every request to it carries a secret";
	}

	/**
	 * Whether a URL points at this machine.
	 * @param url the URL
	 * @return {@code true} for localhost and the loopback addresses
	 */
	public static boolean isLoopback(URI url) {
		String host = url.getHost();
		return host != null && (LOOPBACK_HOSTS.contains(host.toLowerCase(java.util.Locale.ROOT))
				|| host.startsWith("127."));
	}

}
