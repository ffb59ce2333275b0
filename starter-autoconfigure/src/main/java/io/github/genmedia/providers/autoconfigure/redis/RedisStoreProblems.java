package io.github.genmedia.providers.autoconfigure.redis;

import java.util.ArrayList;
import java.util.List;

import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ClassUtils;

/**
 * The one startup error for a store set to {@code redis} ({@code providers.rate-limit.store},
 * {@code providers.suno.token.store}, {@code providers.jobs.store}) that has no Redis to
 * use: what is missing from the class path, or else the missing connection factory bean,
 * and how to fix it, with what {@code local} would mean instead.
 *
 * @since 0.1.0
 */
public final class RedisStoreProblems {

	/** What to add for Spring Boot's Redis support. */
	public static final String SPRING_DATA_REDIS = "Spring Boot's Redis support with Lettuce "
			+ "(org.springframework.boot:spring-boot-starter-data-redis)";

	/** The class of Spring Boot's Lettuce connection factory, for conditions. */
	public static final String LETTUCE_CONNECTION_FACTORY = "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory";

	private static final String LETTUCE_CLIENT = "io.lettuce.core.RedisClient";

	private RedisStoreProblems() {
	}

	/**
	 * Return whether Spring Data Redis and Lettuce are on the class path.
	 * @param classLoader the application's class loader
	 * @return whether both are
	 */
	public static boolean springDataRedisPresent(@Nullable ClassLoader classLoader) {
		return ClassUtils.isPresent(LETTUCE_CONNECTION_FACTORY, classLoader)
				&& ClassUtils.isPresent(LETTUCE_CLIENT, classLoader);
	}

	/**
	 * Return the bean that keeps a store set to {@code redis} in Redis, or stop startup
	 * with {@link #redisMissing} when there is none: its module or Spring Boot's Redis
	 * support is not on the class path, or there is no connection factory.
	 * @param <T> the type of the bean
	 * @param beans the bean, defined only when Redis can be used
	 * @param store the store
	 * @param classLoader the application's class loader
	 * @param otherModules other modules the store needs that are not on the class path
	 * @return the single bean
	 * @throws InvalidProviderConfigurationException when there is no single bean
	 */
	public static <T> T required(ObjectProvider<T> beans, Store store, @Nullable ClassLoader classLoader,
			String... otherModules) {
		T bean = beans.getIfUnique();
		if (bean == null) {
			throw new InvalidProviderConfigurationException(List.of(redisMissing(store, classLoader, otherModules)));
		}
		return bean;
	}

	/**
	 * The problem of a store set to {@code redis} that has no Redis: the modules missing
	 * from the class path (Spring Boot's Redis support, then the given ones), or, when
	 * none is, the missing connection factory bean.
	 * @param store the store
	 * @param classLoader the application's class loader
	 * @param otherModules other modules the store needs that are not on the class path
	 * @return the problem
	 */
	private static ConfigurationProblem redisMissing(Store store, @Nullable ClassLoader classLoader,
			String... otherModules) {
		List<String> missing = new ArrayList<>();
		if (!springDataRedisPresent(classLoader)) {
			missing.add(SPRING_DATA_REDIS);
		}
		missing.addAll(List.of(otherModules));
		return missing.isEmpty() ? noConnectionFactory(store) : notOnClassPath(store, missing);
	}

	/**
	 * The problem of a store set to {@code redis} whose modules are not on the class path.
	 * @param store the store
	 * @param missing what to add, such as {@link #SPRING_DATA_REDIS}
	 * @return the problem
	 */
	public static ConfigurationProblem notOnClassPath(Store store, List<String> missing) {
		return new ConfigurationProblem(store.property(),
				"is redis, but " + String.join(" and ", missing) + ((missing.size() > 1) ? " are" : " is")
						+ " not on the class path",
				"Add " + String.join(" and ", missing) + " to the application, or " + store.orLocal());
	}

	/**
	 * The problem of a store set to {@code redis} without a single
	 * {@code LettuceConnectionFactory} bean.
	 * @param store the store
	 * @return the problem
	 */
	public static ConfigurationProblem noConnectionFactory(Store store) {
		return new ConfigurationProblem(store.property(),
				"is redis, but the application has no LettuceConnectionFactory bean (one Redis connection factory "
						+ "using Lettuce, Spring Boot's default client)",
				"Let Spring Boot configure Redis (spring.data.redis.host, port, password; do not exclude "
						+ "DataRedisAutoConfiguration; use Lettuce rather than Jedis), or " + store.orLocal());
	}

	/**
	 * The starter's stores that can be kept in Redis, with what {@code local} means for
	 * each.
	 *
	 * @since 0.1.0
	 */
	public enum Store {

		/** {@code providers.rate-limit.store}. */
		RATE_LIMITS("providers.rate-limit.store", "each instance then has each provider's whole budget to itself"),

		/** {@code providers.suno.token.store}. */
		SUNO_TOKENS("providers.suno.token.store", "each instance then asks Clerk for its own tokens"),

		/** {@code providers.jobs.store}. */
		JOBS("providers.jobs.store", "each instance then keeps its jobs in its memory");

		private final String property;

		private final String local;

		Store(String property, String local) {
			this.property = property;
			this.local = local;
		}

		/**
		 * Return the store's property.
		 * @return for example {@code providers.jobs.store}
		 */
		public String property() {
			return this.property;
		}

		String orLocal() {
			return "set " + this.property + "=local (" + this.local + ").";
		}

	}

}
