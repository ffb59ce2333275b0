package io.github.genmedia.providers.autoconfigure.ratelimit;

import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * A store that shares rate-limit buckets between instances, such as Redis.
 * <p>
 * An interface of its own so that the auto-configuration can ask for one without loading
 * the classes of a store (Lettuce, Spring Data Redis) the application may not have.
 */
interface SharedBucketStore {

	/**
	 * Return the store's proxy manager.
	 * @return the proxy manager
	 * @throws RuntimeException while the store cannot be reached
	 */
	ProxyManager<String> proxyManager();

	/**
	 * Return what the store is, for health and logs.
	 * @return for example {@code redis}
	 */
	String name();

}
