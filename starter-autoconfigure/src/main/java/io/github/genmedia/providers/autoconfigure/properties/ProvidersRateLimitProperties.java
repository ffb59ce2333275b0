package io.github.genmedia.providers.autoconfigure.properties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of every provider's rate limit, under {@code providers.rate-limit}: a name no
 * provider can take. Annotated for the configuration metadata only: bound by
 * {@code ProvidersBinder}, never registered as a bean.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("providers.rate-limit")
public class ProvidersRateLimitProperties {

	/**
	 * Where rate-limit buckets live: 'local' (each instance has each provider's whole
	 * budget), 'redis' (instances sharing a Redis and a key share one budget; needs
	 * spring-boot-data-redis with Lettuce and com.bucket4j:bucket4j_jdk17-lettuce) or
	 * 'proxy-manager' (the application's one Bucket4j ProxyManager<String> bean, which is
	 * used only then).
	 */
	private RateLimitStore store = RateLimitStore.LOCAL;

	public RateLimitStore getStore() {
		return this.store;
	}

	public void setStore(RateLimitStore store) {
		this.store = store;
	}

}
