package io.github.genmedia.providers.autoconfigure.ratelimit;

import java.util.List;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.genmedia.providers.autoconfigure.properties.RateLimitStore;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConfiguration;
import io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections;
import io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems;
import io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems.Store;
import io.github.genmedia.providers.ratelimit.SharedPauses;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * Providers' rate limiters ({@link ProviderRateLimiters}), with buckets where
 * {@code providers.rate-limit.store} says: local, or Redis through Spring Boot's
 * {@link LettuceConnectionFactory}, or the application's Bucket4j
 * {@code ProxyManager<String>} bean with {@code store=proxy-manager} (only then: a bean
 * made for something else must not start keeping the providers' budgets unasked). With
 * {@code store=redis} the instances also share the pauses the providers demand, through
 * a pause key and a channel in the same Redis ({@link SharedPauses}); with
 * {@code store=proxy-manager}, through the application's {@link SharedPauses} bean, if it
 * has one. Which
 * store is used is logged at INFO once. {@code store=redis} without Spring Boot's Redis
 * support and Bucket4j's Lettuce module on the class path, or without a Lettuce
 * connection factory, stops startup with a report that says what to add.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = { "io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration" })
@ConditionalOnClass(RestClient.class)
public final class ProviderRateLimitAutoConfiguration {

	private static final Log logger = LogFactory.getLog(ProviderRateLimitAutoConfiguration.class);

	static final String STORE_PROPERTY = "providers.rate-limit.store";

	static final String BUCKET4J_LETTUCE = "io.github.bucket4j.redis.lettuce.Bucket4jLettuce";

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(ActiveProviders.class)
	ProviderRateLimiters providerRateLimiters(ActiveProviders activeProviders,
			ObjectProvider<ProxyManager<String>> proxyManagers, ObjectProvider<SharedBucketStore> stores,
			ObjectProvider<SharedPauses> pauses, ResourceLoader resourceLoader) {
		RateLimitStore store = activeProviders.rateLimitStore();
		if (store == RateLimitStore.PROXY_MANAGER) {
			ProxyManager<String> own = proxyManagers.getIfUnique();
			if (own == null) {
				throw new InvalidProviderConfigurationException(List.of(new ConfigurationProblem(STORE_PROPERTY,
						"is proxy-manager, but the application has no single Bucket4j ProxyManager<String> bean",
						"Define one ProxyManager<String> bean, or set " + STORE_PROPERTY + "=redis or local.")));
			}
			logger.info("Rate-limit buckets of providers live in the application's ProxyManager bean ("
					+ STORE_PROPERTY + "=proxy-manager)");
			return ProviderRateLimiters.shared(() -> own, "proxy-manager",
					pauses.getIfUnique(() -> SharedPauses.NONE));
		}
		String unused = (proxyManagers.getIfAvailable() != null) ? "; the application's ProxyManager bean is not "
				+ "used for them unless " + STORE_PROPERTY + "=proxy-manager" : "";
		if (store == RateLimitStore.REDIS) {
			ClassLoader classLoader = resourceLoader.getClassLoader();
			SharedBucketStore redis = RedisStoreProblems.required(stores, Store.RATE_LIMITS, classLoader,
					ClassUtils.isPresent(BUCKET4J_LETTUCE, classLoader) ? new String[0]
							: new String[] { "Bucket4j's Lettuce module (com.bucket4j:bucket4j_jdk17-lettuce)" });
			logger.info("Rate-limit buckets of providers live in Redis (" + STORE_PROPERTY
					+ "=redis), shared by the instances that use it" + unused);
			return ProviderRateLimiters.shared(redis::proxyManager, redis.name(),
					pauses.getIfUnique(() -> SharedPauses.NONE));
		}
		logger.info("Rate-limit buckets of providers live in this instance's memory (" + STORE_PROPERTY
				+ "=local): each instance has each provider's whole budget" + unused);
		return ProviderRateLimiters.local();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { RedisStoreProblems.LETTUCE_CONNECTION_FACTORY, BUCKET4J_LETTUCE })
	@ConditionalOnProperty(name = STORE_PROPERTY, havingValue = "redis")
	@Import(ProvidersRedisConfiguration.class)
	static class RedisBucketsConfiguration {

		@Bean
		@ConditionalOnMissingBean(SharedBucketStore.class)
		LettuceProxyManagers providersRateLimitLettuceProxyManagers(
				ObjectProvider<ProvidersRedisConnections> connections, ResourceLoader resourceLoader) {
			return new LettuceProxyManagers(connections(connections, resourceLoader).binary());
		}

		@Bean
		@ConditionalOnMissingBean(SharedPauses.class)
		RedisSharedPauses providersRateLimitRedisPauses(ObjectProvider<ProvidersRedisConnections> connections,
				ResourceLoader resourceLoader) {
			return new RedisSharedPauses(connections(connections, resourceLoader));
		}

		/**
		 * The starter's Redis connections, or the startup error of a Redis store without
		 * them, from the same check as {@code providerRateLimiters}'s: these beans are
		 * made first (that method asks for one), and also when the application has limiters
		 * of its own.
		 */
		private static ProvidersRedisConnections connections(ObjectProvider<ProvidersRedisConnections> connections,
				ResourceLoader resourceLoader) {
			return RedisStoreProblems.required(connections, Store.RATE_LIMITS, resourceLoader.getClassLoader());
		}

	}

}
