package io.github.genmedia.providers.test.standin;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where each provider lives on the stand-in server: a path prefix each, so that one
 * server serves all of them.
 *
 * @since 0.1.0
 */
public final class ProviderPaths {

	/**
	 * The providers, then the other services their clients call (Suno's Clerk), by the
	 * first path segment.
	 */
	public static final List<String> PROVIDERS = names();

	private ProviderPaths() {
	}

	private static List<String> names() {
		List<String> names = new ArrayList<>();
		StandInProviders.ALL.forEach((provider) -> names.add(provider.name()));
		StandInProviders.ALL.forEach((provider) -> names.addAll(provider.services().keySet()));
		return List.copyOf(names);
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
