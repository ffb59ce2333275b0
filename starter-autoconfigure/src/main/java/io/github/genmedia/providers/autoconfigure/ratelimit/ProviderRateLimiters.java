package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.ratelimit.Bucket4jRateLimiter;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.ratelimit.RateLimiter;
import io.github.genmedia.providers.ratelimit.RateLimiters;
import io.github.genmedia.providers.ratelimit.SharedPauses;
import org.jspecify.annotations.Nullable;

/**
 * The rate limiter of each provider, made once and shared by all the provider's clients:
 * its {@code RestClient}, its HTTP service group and its health probe draw on one budget.
 * <p>
 * Buckets are local to this instance, or shared through a Bucket4j {@link ProxyManager}:
 * Redis, or the application's own. A shared bucket's key is
 * {@code genmedia:rate-limit:<provider>:<fingerprint>}, where the fingerprint is the
 * first 16 hexadecimal digits of the credential's SHA-256 ({@link Credential#fingerprint()}),
 * never the credential: instances that use the same key share a budget, and instances
 * with different keys do not. With {@link SharedPauses} (Redis), a pause one instance
 * learns for a bucket holds at once on every instance sharing it.
 *
 * @since 0.1.0
 */
public final class ProviderRateLimiters {

	/** The prefix of every shared bucket's key. */
	public static final String KEY_PREFIX = "genmedia:rate-limit:";

	private final @Nullable Supplier<ProxyManager<String>> proxyManager;

	private final String store;

	private final SharedPauses pauses;

	private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

	private final Map<String, RateLimiters> perKey = new ConcurrentHashMap<>();

	private ProviderRateLimiters(@Nullable Supplier<ProxyManager<String>> proxyManager, String store,
			SharedPauses pauses) {
		this.proxyManager = proxyManager;
		this.store = store;
		this.pauses = pauses;
	}

	/**
	 * Limiters whose buckets are this instance's own.
	 * @return the limiters
	 */
	public static ProviderRateLimiters local() {
		return new ProviderRateLimiters(null, "local", SharedPauses.NONE);
	}

	/**
	 * Limiters whose buckets are shared through a store.
	 * @param proxyManager supplies the store's proxy manager on first use, and again after
	 * the store failed and rested; it may throw while the store cannot be reached, and must
	 * not open a connection of its own each time
	 * @param store what the store is, for health and logs, for example {@code redis}
	 * @return the limiters
	 */
	public static ProviderRateLimiters shared(Supplier<ProxyManager<String>> proxyManager, String store) {
		return shared(proxyManager, store, SharedPauses.NONE);
	}

	/**
	 * Limiters whose buckets are shared through a store, and whose pauses reach every
	 * instance sharing a bucket at once.
	 * @param proxyManager supplies the store's proxy manager on first use, and again after
	 * the store failed and rested; it may throw while the store cannot be reached, and must
	 * not open a connection of its own each time
	 * @param store what the store is, for health and logs, for example {@code redis}
	 * @param pauses where the instances post and hear pauses, by bucket key
	 * @return the limiters
	 */
	public static ProviderRateLimiters shared(Supplier<ProxyManager<String>> proxyManager, String store,
			SharedPauses pauses) {
		return new ProviderRateLimiters(proxyManager, store, pauses);
	}

	/**
	 * Return the limiter of a provider, made on first use from its definition.
	 * @param definition the provider; clients of one provider name get the same limiter
	 * @return the limiter, or {@code null} when the provider has no rate limit
	 */
	public @Nullable RateLimiter limiter(ProviderDefinition definition) {
		RateLimitSettings settings = definition.rateLimit();
		if (settings == null) {
			return null;
		}
		return this.limiters.computeIfAbsent(definition.name(), (name) -> create(definition, settings));
	}

	/**
	 * Return the limiters of a provider's keys: the configured key's is
	 * {@link #limiter(ProviderDefinition)}; every other key (one of several, a rotated
	 * one, a tenant's) gets one of its own, made on first use, in the same store, and
	 * shared by all the provider's clients.
	 * @param definition the provider
	 * @return the limiters, or {@code null} when the provider has no rate limit
	 */
	public @Nullable RateLimiters limiters(ProviderDefinition definition) {
		RateLimiter main = limiter(definition);
		RateLimitSettings settings = definition.rateLimit();
		if (main == null || settings == null) {
			return null;
		}
		return this.perKey.computeIfAbsent(definition.name(),
				(name) -> RateLimiters.perKey(definition.credential(), main, (key) -> create(definition, settings, key)));
	}

	/**
	 * Return the limiter of a provider that has one.
	 * @param name the provider's name
	 * @return the limiter, or empty when the provider has none or has made no client yet
	 */
	public Optional<RateLimiter> find(String name) {
		return Optional.ofNullable(this.limiters.get(name));
	}

	/**
	 * Return where the buckets live.
	 * @return {@code local}, or the store, such as {@code redis}
	 */
	public String store() {
		return this.store;
	}

	private RateLimiter create(ProviderDefinition definition, RateLimitSettings settings) {
		return create(definition, settings, definition.credential());
	}

	private RateLimiter create(ProviderDefinition definition, RateLimitSettings settings,
			@Nullable Credential credential) {
		Supplier<ProxyManager<String>> proxyManager = this.proxyManager;
		if (proxyManager == null) {
			return Bucket4jRateLimiter.local(definition.name(), settings);
		}
		return Bucket4jRateLimiter.shared(definition.name(), settings, proxyManager,
				key(definition.name(), credential), this.pauses);
	}

	/**
	 * Return the key of a provider's shared bucket.
	 * @param definition the provider
	 * @return {@code genmedia:rate-limit:<provider>:<fingerprint>}, or {@code ...:none}
	 * for a provider without a credential of its own (Suno, whose accounts share one
	 * budget)
	 */
	public static String key(ProviderDefinition definition) {
		return key(definition.name(), definition.credential());
	}

	private static String key(String provider, @Nullable Credential credential) {
		return KEY_PREFIX + provider + ":" + ((credential != null) ? credential.fingerprint() : "none");
	}

	@Override
	public String toString() {
		return "ProviderRateLimiters[" + this.store + ", " + this.limiters.keySet() + "]";
	}

}
