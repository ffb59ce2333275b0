package io.github.genmedia.providers.auth;

import java.net.URI;
import java.util.Locale;

/**
 * The scheme, host and port that a provider's credential belongs to.
 * <p>
 * A {@code RestClient} accepts absolute URLs and may follow redirects, so a request made
 * through a provider's client can end up anywhere. The credential is attached only when
 * the request goes to this origin, the same rule browsers apply to cookies and
 * {@code Authorization}.
 *
 * @param scheme the lower-case scheme, {@code http} or {@code https}
 * @param host the lower-case host
 * @param port the port, with the scheme's default made explicit
 * @since 0.1.0
 */
public record ProviderOrigin(String scheme, String host, int port) {

	/**
	 * Return the origin of a URI.
	 * @param uri an absolute URI
	 * @return its origin
	 * @throws IllegalArgumentException if the URI has no scheme or host; the message
	 * quotes the URI without its query, which may hold a signature or a key
	 */
	public static ProviderOrigin of(URI uri) {
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new IllegalArgumentException("'" + withoutQuery(uri) + "' is not an absolute http(s) URL with a "
					+ "host that java.net.URI can read (a host name with '_' or another character URLs do not allow?)");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		return new ProviderOrigin(scheme, uri.getHost().toLowerCase(Locale.ROOT), effectivePort(scheme, uri.getPort()));
	}

	/**
	 * Whether a request URI goes to this origin.
	 * @param uri the request URI
	 * @return {@code true} if scheme, host and port are all equal
	 */
	public boolean matches(URI uri) {
		if (uri.getScheme() == null || uri.getHost() == null) {
			return false;
		}
		String otherScheme = uri.getScheme().toLowerCase(Locale.ROOT);
		return this.scheme.equals(otherScheme) && this.host.equalsIgnoreCase(uri.getHost())
				&& this.port == effectivePort(otherScheme, uri.getPort());
	}

	/**
	 * Return a URI as it may be quoted in a message: without user info, query and
	 * fragment.
	 * @param uri the URI
	 * @return scheme, host, port and path
	 */
	public static String withoutQuery(URI uri) {
		if (uri.getRawAuthority() == null) {
			String text = uri.toString();
			int cut = text.indexOf('?');
			return (cut >= 0) ? text.substring(0, cut) : text;
		}
		String authority = uri.getRawAuthority();
		int at = authority.lastIndexOf('@');
		return uri.getScheme() + "://" + authority.substring(at + 1) + ((uri.getRawPath() != null) ? uri.getRawPath() : "");
	}

	private static int effectivePort(String scheme, int port) {
		if (port != -1) {
			return port;
		}
		return "https".equals(scheme) ? 443 : 80;
	}

	@Override
	public String toString() {
		return this.scheme + "://" + this.host + ":" + this.port;
	}

}
