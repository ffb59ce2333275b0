package io.github.genmedia.providers.autoconfigure;

import io.github.genmedia.providers.activity.ProviderActivity;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.keys.KeyRing;
import io.github.genmedia.providers.ratelimit.RateLimiter;
import io.github.genmedia.providers.ratelimit.RateLimiters;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * One active provider at run time: what it was resolved to and the objects every client
 * of it shares, built once. The REST client factory, the HTTP service group configurer
 * and the health indicator take it, so none of them looks anything up.
 *
 * @param provider the resolved provider
 * @param activity where its clients record its answers, for health
 * @param rateLimiter its rate limiter, or {@code null} when it has no limit
 * @param rateLimiters its rate limiter with a budget per key, or {@code null} when it
 * has no limit
 * @param keyRing its keys, taken in turn, or {@code null} for a provider without an API
 * key or one that authenticates itself
 * @param authentication the interceptor of a provider that authenticates itself, or
 * {@code null}
 * @since 0.1.0
 */
public record ProviderRuntime(ActiveProvider provider, ProviderActivity activity, @Nullable RateLimiter rateLimiter,
		@Nullable RateLimiters rateLimiters, @Nullable KeyRing keyRing,
		@Nullable ClientHttpRequestInterceptor authentication) {

	/**
	 * Return the provider's name.
	 * @return the name under {@code providers}
	 */
	public String name() {
		return this.provider.name();
	}

	/**
	 * Return the provider's definition.
	 * @return the definition
	 */
	public ProviderDefinition definition() {
		return this.provider.definition();
	}

	/**
	 * Whether health shows the provider's keys: when they come from a file, a list or a
	 * credential source, whose keys can change or leave the rotation.
	 * @param credentialSource whether the application has a credential source
	 * @return {@code true} when they are shown
	 */
	public boolean showsKeys(boolean credentialSource) {
		return this.keyRing != null && (credentialSource || this.provider.keys().file() != null
				|| this.provider.keys().credentials().size() > 1);
	}

	/**
	 * Return a copy with another definition, for a client built differently, such as a
	 * health probe's; it shares everything else.
	 * @param definition the definition
	 * @return the copy
	 */
	public ProviderRuntime withDefinition(ProviderDefinition definition) {
		return new ProviderRuntime(this.provider.withDefinition(definition), this.activity, this.rateLimiter,
				this.rateLimiters, this.keyRing, this.authentication);
	}

	@Override
	public String toString() {
		return "ProviderRuntime[" + name() + "]";
	}

}
