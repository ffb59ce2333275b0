package io.github.genmedia.providers.autoconfigure.job;

import java.util.ArrayList;
import java.util.List;

import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * What to tell when {@code providers.jobs.store=redis} found no store to record jobs in.
 */
final class JobStoreProblems {

	static final String STORE_PROPERTY = "providers.jobs.store";

	private static final String LETTUCE_CONNECTION_FACTORY = "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory";

	private static final String LETTUCE_CLIENT = "io.lettuce.core.RedisClient";

	private JobStoreProblems() {
	}

	static ConfigurationProblem redisMissing(@Nullable ClassLoader classLoader) {
		List<String> missing = new ArrayList<>();
		if (!ClassUtils.isPresent(LETTUCE_CONNECTION_FACTORY, classLoader)
				|| !ClassUtils.isPresent(LETTUCE_CLIENT, classLoader)) {
			missing.add("Spring Boot's Redis support with Lettuce (org.springframework.boot:spring-boot-starter-data-redis)");
		}
		if (missing.isEmpty()) {
			return new ConfigurationProblem(STORE_PROPERTY,
					"is redis, but no job store was set up (the application's configuration excluded "
							+ "RedisJobStoreAutoConfiguration)",
					"Let RedisJobStoreAutoConfiguration run, define a JobStore bean, or set " + STORE_PROPERTY
							+ "=local.");
		}
		return new ConfigurationProblem(STORE_PROPERTY,
				"is redis, but " + String.join(" and ", missing) + " is not on the class path",
				"Add " + String.join(" and ", missing) + " to the application, or set " + STORE_PROPERTY
						+ "=local (each instance then keeps its jobs in its memory).");
	}

}
