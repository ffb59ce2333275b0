package io.github.genmedia.providers.autoconfigure.job.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.genmedia.providers.autoconfigure.properties.ProvidersJobsProperties;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems;
import io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems.Store;
import io.github.genmedia.providers.autoconfigure.threads.StarterThreads;
import io.github.genmedia.providers.job.GenerationJobs;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@link AutoConfiguration Auto-configuration} of generation jobs recorded in Redis, with
 * {@code providers.jobs.store=redis}, through Spring Boot's
 * {@link LettuceConnectionFactory}: the {@link JobStore}, this instance's lease and the
 * takeover of the jobs of gone instances ({@link JobTakeover}), and the relay of
 * webhooks to the instance that follows a job ({@link JobRelay}). The key layout is
 * {@link RedisJobKeys}'s.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
		beforeName = "io.github.genmedia.providers.autoconfigure.job.ProviderJobsAutoConfiguration")
@ConditionalOnClass(name = { RedisStoreProblems.LETTUCE_CONNECTION_FACTORY,
		"org.springframework.data.redis.core.StringRedisTemplate" })
@ConditionalOnProperty(name = RedisJobStoreAutoConfiguration.STORE_PROPERTY, havingValue = "redis")
@EnableConfigurationProperties(ProvidersJobsProperties.class)
public final class RedisJobStoreAutoConfiguration {

	private static final Log logger = LogFactory.getLog(RedisJobStoreAutoConfiguration.class);

	static final String STORE_PROPERTY = "providers.jobs.store";

	/** Shorter leases would have instances take each other's jobs over at every hiccup. */
	static final Duration SHORTEST_LEASE = Duration.ofSeconds(1);

	@Bean
	@ConditionalOnMissingBean(JobStore.class)
	RedisJobStore providersRedisJobStore(ObjectProvider<LettuceConnectionFactory> connectionFactories,
			ProvidersJobsProperties properties) {
		LettuceConnectionFactory connectionFactory = connectionFactories.getIfUnique();
		List<ConfigurationProblem> problems = new ArrayList<>();
		if (connectionFactory == null) {
			problems.add(RedisStoreProblems.noConnectionFactory(Store.JOBS));
		}
		if (properties.getLeaseDuration().compareTo(SHORTEST_LEASE) < 0) {
			problems.add(new ConfigurationProblem("providers.jobs.lease-duration",
					"is " + properties.getLeaseDuration() + ", shorter than " + SHORTEST_LEASE,
					"Set providers.jobs.lease-duration to 1s or more (30s by default)."));
		}
		if (properties.getKeyPrefix().isBlank()) {
			problems.add(new ConfigurationProblem("providers.jobs.key-prefix", "is blank",
					"Set providers.jobs.key-prefix to a name of your application, or remove it (genmedia:jobs)."));
		}
		if (!problems.isEmpty() || connectionFactory == null) {
			throw new InvalidProviderConfigurationException(problems);
		}
		StringRedisTemplate redis = new StringRedisTemplate(connectionFactory);
		RedisJobKeys keys = new RedisJobKeys(properties.getKeyPrefix().strip());
		RedisJobStore store = new RedisJobStore(redis, keys, properties.getLeaseDuration());
		store.lease().renewOrWarn();
		logger.info("Generation jobs are recorded in Redis (" + STORE_PROPERTY + "=redis, keys {" + keys.prefix()
				+ "}:*): the jobs of a gone instance are taken over " + properties.getLeaseDuration()
				+ " after it was last seen alive, at once when it shuts down");
		return store;
	}

	// The takeover and the relay are package-private parts of the Redis store, which an
	// application replaces as a whole (a JobStore bean of its own), never one by one.
	@Bean
	@ConditionalOnBean(RedisJobStore.class)
	JobTakeover providersJobTakeover(RedisJobStore store, GenerationJobs jobs, JobPoller poller,
			StarterThreads threads) {
		return new JobTakeover(store, jobs, poller, threads);
	}

	@Bean
	@ConditionalOnBean(RedisJobStore.class)
	JobRelay providersJobRelay(LettuceConnectionFactory connectionFactory, RedisJobStore store, JobPoller poller,
			JobTakeover takeover, StarterThreads threads) {
		return new JobRelay(connectionFactory, store, poller, takeover,
				threads.bulkheads(StarterThreads.THREAD_NAME_PREFIX + "jobs-relay-", 1).lane("messages"));
	}

}
