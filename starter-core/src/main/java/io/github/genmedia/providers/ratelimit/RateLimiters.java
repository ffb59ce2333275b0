package io.github.genmedia.providers.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.github.genmedia.providers.auth.Credential;
import org.jspecify.annotations.Nullable;

/**
 * The limiter of each key of one provider: the limit belongs to the key, so a provider
 * with several keys, or a tenant's key, draws on that key's budget.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RateLimiters {

	/** Tenants' limiters kept at most; past it they are forgotten and made afresh. */
	int MAX_TENANT_KEYS = 1_000;

	/**
	 * Return the limiter of a key.
	 * @param key the key of the attempt, or {@code null} for the provider's one
	 * configured key
	 * @return the limiter
	 */
	RateLimiter forKey(@Nullable Credential key);

	/**
	 * Return the limiter of a tenant's key, which may be one of very many.
	 * @param key the tenant's key
	 * @return the limiter
	 */
	default RateLimiter forTenant(Credential key) {
		return forKey(key);
	}

	/**
	 * One limiter for every key.
	 * @param limiter the limiter
	 * @return the limiters
	 */
	static RateLimiters single(RateLimiter limiter) {
		return (key) -> limiter;
	}

	/**
	 * A limiter per key, made on first use: the given one for the configured key (and for
	 * requests that chose none), another for each other key. Limiters are found by the
	 * key's fingerprint, so that no key (a tenant's least of all) is held beyond its
	 * request. The provider's own keys keep their limiters; tenants' are forgotten all
	 * together past {@value #MAX_TENANT_KEYS}, so that a stream of tenants cannot grow
	 * the map without end nor reset the provider's own budgets.
	 * @param configured the configured key, or {@code null}
	 * @param main the configured key's limiter
	 * @param factory makes the limiter of another key
	 * @return the limiters
	 */
	static RateLimiters perKey(@Nullable Credential configured, RateLimiter main,
			Function<Credential, RateLimiter> factory) {
		Map<String, RateLimiter> own = new ConcurrentHashMap<>();
		Map<String, RateLimiter> tenants = new ConcurrentHashMap<>();
		return new RateLimiters() {

			@Override
			public RateLimiter forKey(@Nullable Credential key) {
				if (key == null || key == configured || key.equals(configured)) {
					return main;
				}
				return own.computeIfAbsent(key.fingerprint(), (fingerprint) -> factory.apply(key));
			}

			@Override
			public RateLimiter forTenant(Credential key) {
				String fingerprint = key.fingerprint();
				RateLimiter limiter = tenants.get(fingerprint);
				if (limiter == null) {
					if (tenants.size() >= MAX_TENANT_KEYS) {
						tenants.clear();
					}
					limiter = tenants.computeIfAbsent(fingerprint, (ignored) -> factory.apply(key));
				}
				return limiter;
			}

		};
	}

}
