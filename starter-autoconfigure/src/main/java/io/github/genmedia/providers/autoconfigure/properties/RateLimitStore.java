package io.github.genmedia.providers.autoconfigure.properties;

/**
 * Where providers' rate-limit buckets live.
 *
 * @since 0.1.0
 */
public enum RateLimitStore {

	/**
	 * In this instance's memory: each instance (each replica of a deployment) has the
	 * provider's whole budget to itself.
	 */
	LOCAL,

	/**
	 * In Redis, through Spring Boot's Lettuce connection factory and Bucket4j's Lettuce
	 * integration: the instances that share the Redis and the key share one budget.
	 */
	REDIS,

	/**
	 * In the application's Bucket4j {@code ProxyManager<String>} bean (Hazelcast, JDBC,
	 * another Redis client): used only when chosen, so that a bean the application made
	 * for something else does not silently start keeping the providers' budgets.
	 */
	PROXY_MANAGER

}
