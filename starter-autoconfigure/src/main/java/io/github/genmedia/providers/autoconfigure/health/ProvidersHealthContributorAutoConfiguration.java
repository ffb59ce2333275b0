package io.github.genmedia.providers.autoconfigure.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.ProviderCredentialStatus;
import io.github.genmedia.providers.autoconfigure.ProviderRestClientFactory;
import io.github.genmedia.providers.autoconfigure.ProviderRuntime;
import io.github.genmedia.providers.autoconfigure.ProviderRuntimes;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.provider.ProviderHealthSettings;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.retry.RetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Contributes {@code providers} to {@code /actuator/health}, with one child per active
 * provider: {@code /actuator/health/providers/sunor}. A provider package adds the state
 * of its credential through a {@link ProviderCredentialStatus} bean.
 * <p>
 * Providers' health is meant for readiness, not liveness: an outage of an external API
 * must not make the platform restart the application.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = ProvidersAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public final class ProvidersHealthContributorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnEnabledHealthIndicator("providers")
	@ConditionalOnBean(ProviderClients.class)
	static class ProvidersHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "providersHealthContributor")
		CompositeHealthContributor providersHealthContributor(ProviderClients clients, ProviderRuntimes runtimes,
				ProviderRestClientFactory factory, ObjectProvider<ProviderCredentialStatus> credentialStatuses,
				ObjectProvider<JobPoller> jobPoller) {
			Map<String, ProviderCredentialStatus> statuses = new LinkedHashMap<>();
			credentialStatuses.orderedStream().forEach((status) -> statuses.putIfAbsent(status.provider(), status));
			Map<String, HealthContributor> children = new LinkedHashMap<>();
			for (ProviderRuntime runtime : runtimes.all()) {
				String name = runtime.name();
				JobPoller jobs = (runtime.provider().jobs() != null) ? jobPoller.getIfAvailable() : null;
				ProviderHealthIndicator.Sources sources = new ProviderHealthIndicator.Sources(probe(runtime, factory),
						statuses.get(name), jobs, runtimes.showsKeys(runtime));
				children.put(name,
						new ProviderHealthIndicator(runtime, clients.summary(name), sources, Clock.systemUTC()));
			}
			return CompositeHealthContributor.fromMap(children);
		}

		/**
		 * The probe's client is the provider's, bounded by the probe's timeout and without
		 * retries, so that a hung provider cannot hang the health endpoint. It takes its
		 * rate-limit permit at once, on credit, so that it never waits; the provider's
		 * calls after it wait one turn longer. While the provider demands a pause there is
		 * no probe, and health follows the real traffic.
		 */
		private static @Nullable ProviderProbe probe(ProviderRuntime runtime, ProviderRestClientFactory factory) {
			ProviderHealthSettings health = runtime.provider().health();
			if (health.probePath() == null) {
				return null;
			}
			ProviderDefinition probing = runtime.definition()
				.withTimeouts(health.timeout(), health.timeout())
				.withRetry(RetrySettings.defaults().withEnabled(false));
			return new ProviderProbe(factory.createOnCredit(runtime.withDefinition(probing)), health.probePath(),
					health.cacheTtl(), Clock.systemUTC());
		}

	}

}
