package io.github.genmedia.providers.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.genmedia.providers.activity.ProviderActivities;
import io.github.genmedia.providers.autoconfigure.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.ProviderRestClientFactory;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.ProvidersProperties;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import io.github.genmedia.providers.retry.RetrySettings;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.suno.SunoAuthInterceptor;
import io.github.genmedia.providers.suno.SunoTokenProvider;

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
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * Contributes {@code providers} to {@code /actuator/health}, with one child per active
 * provider: {@code /actuator/health/providers/sunor}.
 * <p>
 * Providers' health is meant for readiness, not liveness: an outage of an external API
 * must not make the platform restart the application.
 */
@AutoConfiguration(after = { ProvidersAutoConfiguration.class, SunoAutoConfiguration.class })
@ConditionalOnClass(HealthIndicator.class)
public final class ProvidersHealthContributorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnEnabledHealthIndicator("providers")
	@ConditionalOnBean(ProviderClients.class)
	static class ProvidersHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "providersHealthContributor")
		CompositeHealthContributor providersHealthContributor(ProviderClients clients,
				ActiveProviders active, ProvidersProperties properties, ProviderActivities activities,
				ProviderRestClientFactory factory, ObjectProvider<SunoTokenProvider> sunoTokens) {
			Map<String, HealthContributor> children = new LinkedHashMap<>();
			for (String name : clients.names()) {
				ProviderProperties.Health health = Optional.ofNullable(properties.get(name))
					.map(ProviderProperties::getHealth)
					.orElseGet(ProviderProperties.Health::new);
				SunoTokenProvider tokens = "suno".equals(name) ? sunoTokens.getIfAvailable() : null;
				ProviderProbe probe = probe(name, health, active, factory, tokens);
				children.put(name, (tokens != null)
						? new SunoHealthIndicator(clients.settings(name), activities.of(name), probe,
								health.getFailureThreshold(), health.getStaleAfter(), Clock.systemUTC(), tokens)
						: new ProviderHealthIndicator(clients.settings(name), activities.of(name), probe,
								health.getFailureThreshold(), health.getStaleAfter(), Clock.systemUTC()));
			}
			return CompositeHealthContributor.fromMap(children);
		}

		private static ProviderProbe probe(String name, ProviderProperties.Health health, ActiveProviders active,
				ProviderRestClientFactory factory, SunoTokenProvider sunoTokens) {
			String path = (health.getProbePath() != null) ? health.getProbePath()
					: BuiltInProvider.find(name).map(BuiltInProvider::probePath).orElse(null);
			if (path == null || path.isBlank()) {
				return null;
			}
			Duration timeout = health.getTimeout();
			return active.find(name).map((definition) -> {
				ProviderDefinition probing = definition.withTimeouts(timeout, timeout)
					.withRetry(RetrySettings.defaults().withEnabled(false));
				ClientHttpRequestInterceptor authentication = (sunoTokens != null)
						? new SunoAuthInterceptor(sunoTokens, definition.origin(), timeout) : null;
				return new ProviderProbe(factory.create(probing, authentication), path, health.getCacheTtl(),
						Clock.systemUTC());
			}).orElse(null);
		}

	}

}
