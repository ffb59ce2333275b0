package io.github.genmedia.providers.test.standin;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where each provider lives on the stand-in server: a path prefix each, so that one
 * server serves all of them.
 *
 * @since 0.1.0
 */
public final class ProviderPaths {

	/** The providers and Clerk, by the first path segment. */
	public static final List<String> PROVIDERS = List.of("sunor", "supertone", "whisul", "autype", "suno", "clerk");

	private ProviderPaths() {
	}

	/**
	 * Return the provider a request path belongs to.
	 * @param url the request's path and query
	 * @return the provider, or {@code null}
	 */
	public static @Nullable String providerOf(String url) {
		for (String provider : PROVIDERS) {
			if (url.startsWith("/" + provider + "/")) {
				return provider;
			}
		}
		return null;
	}

}
