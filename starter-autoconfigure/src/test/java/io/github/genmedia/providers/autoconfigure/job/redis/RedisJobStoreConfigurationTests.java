package io.github.genmedia.providers.autoconfigure.job.redis;

import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.job.ProviderJobsAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code providers.jobs.*}: checked at startup with the rest, a clear report naming the
 * property and the fix when Redis is asked for but cannot be used, and no Redis beans
 * unless asked for.
 */
class RedisJobStoreConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ProvidersAutoConfiguration.class, DataRedisAutoConfiguration.class,
				ProviderJobsAutoConfiguration.class, RedisJobStoreAutoConfiguration.class))
		.withPropertyValues("spring.data.redis.port=1");

	@Test
	void byDefaultJobsAreKeptInMemoryWithoutRedisBeans() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(JobPoller.class)
			.doesNotHaveBean(JobStore.class)
			.doesNotHaveBean(JobTakeover.class)
			.doesNotHaveBean(JobRelay.class));
	}

	@Test
	void redisWithoutSpringDataRedisSaysWhatToAdd() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.withPropertyValues("providers.jobs.store=redis")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidProviderConfigurationException.class)
				.hasMessage("Invalid provider configuration: providers.jobs.store: is redis, but Spring Boot's Redis "
						+ "support with Lettuce (org.springframework.boot:spring-boot-starter-data-redis) is not on the "
						+ "class path"));
	}

	@Test
	void redisWithoutALettuceConnectionFactorySaysHowToGetOne() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ProvidersAutoConfiguration.class,
					ProviderJobsAutoConfiguration.class, RedisJobStoreAutoConfiguration.class))
			.withPropertyValues("providers.jobs.store=redis")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidProviderConfigurationException.class)
				.hasMessageContaining("providers.jobs.store: is redis, but the application has no "
						+ "LettuceConnectionFactory bean"));
	}

	@Test
	void aLeaseShorterThanASecondIsRefused() {
		this.runner.withPropertyValues("providers.jobs.store=redis", "providers.jobs.lease-duration=500ms")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidProviderConfigurationException.class)
				.hasMessage("Invalid provider configuration: providers.jobs.lease-duration: is PT0.5S, shorter than "
						+ "PT1S"));
	}

	@Test
	void anUnknownStoreIsReportedWithTheOtherProvidersProblems() {
		this.runner.withPropertyValues("providers.jobs.store=memcached")
			.run((context) -> assertThat(context.getStartupFailure())
				.isInstanceOf(InvalidProviderConfigurationException.class)
				.hasMessage("Invalid provider configuration: providers.jobs.store: cannot be read as JobStoreType "
						+ "'memcached'"));
	}

	@Test
	void aPropertyUnderJobsThatIsNoneIsReportedAsNotAProvider() {
		this.runner.withPropertyValues("providers.jobs.lease=1m")
			.run((context) -> assertThat(context.getStartupFailure())
				.isInstanceOf(InvalidProviderConfigurationException.class)
				.hasMessage("Invalid provider configuration: providers.jobs.lease: is not a property of providers.jobs: "
						+ "'jobs' holds where generation jobs are recorded (store, lease-duration, key-prefix) and "
						+ "cannot name a provider; a provider's polling is providers.<name>.jobs.*"));
	}

}
