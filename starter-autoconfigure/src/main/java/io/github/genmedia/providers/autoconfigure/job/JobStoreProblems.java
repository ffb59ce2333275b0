package io.github.genmedia.providers.autoconfigure.job;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems;
import io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems.Store;
import org.jspecify.annotations.Nullable;

/**
 * What to tell when {@code providers.jobs.store=redis} found no store to record jobs in:
 * the starter's one wording ({@link RedisStoreProblems}) when Redis is missing.
 */
final class JobStoreProblems {

	static final String STORE_PROPERTY = Store.JOBS.property();

	private JobStoreProblems() {
	}

	static ConfigurationProblem redisMissing(@Nullable ClassLoader classLoader) {
		if (!RedisStoreProblems.springDataRedisPresent(classLoader)) {
			return RedisStoreProblems.notOnClassPath(Store.JOBS, List.of(RedisStoreProblems.SPRING_DATA_REDIS));
		}
		return new ConfigurationProblem(STORE_PROPERTY,
				"is redis, but no job store was set up (the application's configuration excluded "
						+ "RedisJobStoreAutoConfiguration)",
				"Let RedisJobStoreAutoConfiguration run, define a JobStore bean, or set " + STORE_PROPERTY
						+ "=local.");
	}

}
