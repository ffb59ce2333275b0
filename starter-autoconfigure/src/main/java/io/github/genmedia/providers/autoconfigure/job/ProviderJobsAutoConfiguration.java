package io.github.genmedia.providers.autoconfigure.job;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.properties.ProvidersJobsProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProvidersJobsProperties.JobStoreType;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.autoconfigure.threads.StarterThreads;
import io.github.genmedia.providers.job.GenerationJobListener;
import io.github.genmedia.providers.job.GenerationJobs;
import io.github.genmedia.providers.job.JobObserver;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStore;
import io.github.genmedia.providers.job.MicrometerJobObserver;
import io.github.genmedia.providers.job.ProviderJobs;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link AutoConfiguration Auto-configuration} of generation jobs: one {@link JobPoller}
 * for the application (timers on the starter's one scheduler, see {@link StarterThreads},
 * up to {@value #POLL_THREADS} polls at once for each provider, in a lane of its own,
 * and its deadlines in an outcome lane of one, apart from its polls, all stopped with the
 * context), from which {@code ProvidersAutoConfiguration}, running
 * after this one, makes the jobs bean of each active provider that has jobs (its
 * {@code <Name>Jobs}, such as {@code SunorJobs}), and
 * {@link GenerationJobs} to resume a job by provider name. Each job is observed in the
 * application's {@link ObservationRegistry}, if it has one, recorded until its outcome in
 * the {@link JobStore} bean ({@code providers.jobs.store=redis}) or in memory, and its
 * outcome told to the application's {@link GenerationJobListener} beans, in order.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@EnableConfigurationProperties(ProvidersJobsProperties.class)
public final class ProviderJobsAutoConfiguration {

	/**
	 * Polls are short HTTP calls; four at once keep thousands of a provider's jobs
	 * moving, and a provider whose polls wait (for rate-limit permits, or a slow answer)
	 * holds its own four only.
	 */
	static final int POLL_THREADS = 4;

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	JobPoller providerJobPoller(ObjectProvider<JobObserver> observer, StarterThreads threads,
			ObjectProvider<ObservationRegistry> observations, ObjectProvider<JobStore> stores,
			ObjectProvider<GenerationJobListener> listeners, ProvidersJobsProperties properties,
			ResourceLoader resourceLoader) {
		JobStore store = stores.getIfUnique();
		if (store == null && properties.getStore() == JobStoreType.REDIS) {
			throw new InvalidProviderConfigurationException(
					List.of(JobStoreProblems.redisMissing(resourceLoader.getClassLoader())));
		}
		List<GenerationJobListener> all = listeners.orderedStream().toList();
		GenerationJobListener listener = (all.size() == 1) ? all.get(0)
				: (outcome) -> all.forEach((each) -> each.onOutcome(outcome));
		return JobPoller.builder()
			.sharedThreads(threads.scheduler(), threads.bulkheads(JobPoller.POLL_THREAD_PREFIX, POLL_THREADS))
			.observer(observer.getIfAvailable(() -> JobObserver.NONE))
			.observations(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
			.store((store != null) ? store : JobStore.inMemory())
			.listener(listener)
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	GenerationJobs generationJobs(ObjectProvider<ProviderJobs<?>> jobs) {
		return new GenerationJobs(jobs.orderedStream().toList());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class JobMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(MeterRegistry.class)
		JobObserver providerJobObserver(MeterRegistry meterRegistry) {
			return new MicrometerJobObserver(meterRegistry);
		}

	}

}
