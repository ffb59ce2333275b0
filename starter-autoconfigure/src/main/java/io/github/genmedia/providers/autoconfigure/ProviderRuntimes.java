package io.github.genmedia.providers.autoconfigure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.genmedia.providers.activity.ProviderActivities;
import io.github.genmedia.providers.autoconfigure.keys.ProviderKeyRings;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.ratelimit.ProviderRateLimiters;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.keys.KeyRing;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * The {@link ProviderRuntime} of every active provider, built once from the resolved
 * providers and the beans they share.
 *
 * @since 0.1.0
 */
public final class ProviderRuntimes {

	private final Map<String, ProviderRuntime> runtimes = new LinkedHashMap<>();

	private final ProviderRateLimiters rateLimiters;

	private final boolean credentialSource;

	/**
	 * Build the runtimes.
	 * @param providers the active providers
	 * @param activities where clients record each provider's answers
	 * @param rateLimiters the rate limiter of each provider
	 * @param keyRings the keys of each provider
	 * @param authentications the authentication of each provider that authenticates itself
	 */
	public ProviderRuntimes(ActiveProviders providers, ProviderActivities activities,
			ProviderRateLimiters rateLimiters, ProviderKeyRings keyRings, List<ProviderAuthentication> authentications) {
		this.rateLimiters = rateLimiters;
		this.credentialSource = keyRings.hasSource();
		for (ActiveProvider provider : providers.providers()) {
			ClientHttpRequestInterceptor authentication = authentications.stream()
				.filter((candidate) -> candidate.provider().equals(provider.name()))
				.map(ProviderAuthentication::interceptor)
				.findFirst()
				.orElse(null);
			BuiltInProvider builtIn = provider.builtIn();
			if (authentication == null && builtIn != null && builtIn.authenticatesItself()) {
				throw new IllegalStateException("Provider '" + provider.name()
						+ "' authenticates itself, but no ProviderAuthentication bean of it exists");
			}
			KeyRing keyRing = (authentication == null && usesApiKey(provider)) ? keyRings.ring(provider) : null;
			this.runtimes.put(provider.name(),
					new ProviderRuntime(provider, activities.of(provider.name()),
							rateLimiters.limiter(provider.definition()), rateLimiters.limiters(provider.definition()),
							keyRing, authentication));
		}
	}

	private static boolean usesApiKey(ActiveProvider provider) {
		ProviderAuth auth = provider.definition().auth();
		return auth.requiresCredential() && auth.headerName() != null;
	}

	/**
	 * Return the runtime of an active provider.
	 * @param name the provider name
	 * @return the runtime
	 * @throws IllegalArgumentException if no such provider is active
	 */
	public ProviderRuntime get(String name) {
		return find(name)
			.orElseThrow(() -> new IllegalArgumentException("No active provider named '" + name + "'"));
	}

	/**
	 * Return the runtime of a provider.
	 * @param name the provider name
	 * @return the runtime, or empty when it is not active
	 */
	public Optional<ProviderRuntime> find(String name) {
		return Optional.ofNullable(this.runtimes.get(name));
	}

	/**
	 * Return every runtime.
	 * @return the runtimes, in configuration order
	 */
	public Collection<ProviderRuntime> all() {
		return this.runtimes.values();
	}

	/**
	 * Whether health shows a provider's keys (see {@link ProviderRuntime#showsKeys}).
	 * @param runtime the provider's runtime
	 * @return {@code true} when they are shown
	 */
	public boolean showsKeys(ProviderRuntime runtime) {
		return runtime.showsKeys(this.credentialSource);
	}

	/**
	 * Return the rate limiter of each provider.
	 * @return the limiters
	 */
	public ProviderRateLimiters rateLimiters() {
		return this.rateLimiters;
	}

	@Override
	public String toString() {
		return "ProviderRuntimes" + this.runtimes.keySet();
	}

}
