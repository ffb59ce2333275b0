package io.github.genmedia.providers.autoconfigure;

import java.time.Clock;

import io.github.genmedia.providers.activity.ProviderActivities;
import io.github.genmedia.providers.autoconfigure.job.ProviderJobsAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.keys.ProviderKeyRings;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.ratelimit.ProviderRateLimiters;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import io.github.genmedia.providers.autoconfigure.threads.StarterThreads;
import io.github.genmedia.providers.keys.ProviderCredentialSource;
import io.github.genmedia.providers.ratelimit.MicrometerRateLimitObserver;
import io.github.genmedia.providers.ratelimit.ObservationRateLimitObserver;
import io.github.genmedia.providers.ratelimit.RateLimitObserver;
import io.github.genmedia.providers.retry.MicrometerRetryObserver;
import io.github.genmedia.providers.retry.ObservationRetryObserver;
import io.github.genmedia.providers.retry.RetryObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration for generative-media provider clients: one authenticated
 * {@link RestClient} bean per active provider under {@code providers.*},
 * {@link ProviderClients} to reach them by name, the built-in providers' typed APIs
 * ({@code SunorApi}, ...) as beans of their HTTP service groups, every group named after
 * an active provider (the application's own interfaces included) configured as that
 * provider's {@code RestClient} is, and each provider's jobs bean.
 * <p>
 * All per-provider beans are registered in one pass ({@link ProviderBeansRegistrar}). It
 * runs after the jobs auto-configuration, to see whether the application has a job poller
 * for the jobs beans, and before Spring Boot's HTTP service client auto-configuration,
 * which applies only when some group exists: the typed APIs may make the first.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
		after = { ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				SslAutoConfiguration.class, ProviderJobsAutoConfiguration.class },
		before = HttpServiceClientAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(RestClient.class)
@Import(ProviderBeansRegistrar.class)
public final class ProvidersAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProviderRestClientFactory providerRestClientFactory(ResourceLoader resourceLoader,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder, ProviderClientSettings settings,
			ObjectProvider<ProviderRestClientCustomizer> customizers, ObjectProvider<RetryObserver> retryObserver,
			ObjectProvider<RateLimitObserver> rateLimitObserver) {
		// One of Boot's prototype builders for all providers: each one builds an HTTP client of
		// its own when it is created, which the provider's request factory then replaces.
		return new ProviderRestClientFactory(SingletonSupplier.of(() -> restClientBuilder.getIfAvailable(RestClient::builder)),
				requestFactoryBuilder
					.getIfAvailable(() -> ClientHttpRequestFactoryBuilder.detect(resourceLoader.getClassLoader())),
				settings, customizers.orderedStream().toList(),
				new ProviderRestClientFactory.Observers(retryObserver.getIfAvailable(() -> RetryObserver.NONE),
						rateLimitObserver.getIfAvailable(() -> RateLimitObserver.NONE)));
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderClientSettings providerClientSettings(ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<SslBundles> sslBundles) {
		return new ProviderClientSettings(httpClientSettings.getIfAvailable(HttpClientSettings::defaults),
				sslBundles.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderRuntimes providerRuntimes(ActiveProviders activeProviders, ProviderActivities providerActivities,
			ObjectProvider<ProviderRateLimiters> rateLimiters, ProviderKeyRings keyRings,
			ObjectProvider<ProviderAuthentication> authentications) {
		return new ProviderRuntimes(activeProviders, providerActivities,
				rateLimiters.getIfAvailable(ProviderRateLimiters::local), keyRings,
				authentications.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderHttpServiceGroupConfigurer providerHttpServiceGroupConfigurer(ActiveProviders activeProviders,
			ProviderRuntimes runtimes, ProviderRestClientFactory clientFactory,
			ObjectProvider<HttpServiceClientProperties> groupProperties) {
		return new ProviderHttpServiceGroupConfigurer(activeProviders, runtimes, clientFactory,
				groupProperties.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderActivities providerActivities() {
		return new ProviderActivities();
	}

	@Bean
	@ConditionalOnMissingBean
	StarterThreads genmediaStarterThreads(Environment environment) {
		return StarterThreads.of(environment);
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderKeyRings providerKeyRings(ObjectProvider<ProviderCredentialSource> credentialSource,
			StarterThreads threads) {
		return new ProviderKeyRings(credentialSource.getIfAvailable(), Clock.systemUTC(), threads.fileWatches());
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderClients providerClients(ActiveProviders activeProviders, ProviderClientSettings settings,
			@Qualifier(ProviderBeansRegistrar.CLIENTS_BEAN_NAME) ProviderBeans.ProviderRestClients clients) {
		return new ProviderClients(activeProviders, settings, clients.clients());
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderObservationFilter providerObservationFilter() {
		return new ProviderObservationFilter();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class ProvidersMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(MeterRegistry.class)
		RetryObserver providerRetryObserver(MeterRegistry meterRegistry,
				ObjectProvider<ObservationRegistry> observations) {
			return new ObservationRetryObserver(observations.getIfAvailable(() -> ObservationRegistry.NOOP),
					new MicrometerRetryObserver(meterRegistry));
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(MeterRegistry.class)
		RateLimitObserver providerRateLimitObserver(MeterRegistry meterRegistry,
				ObjectProvider<ObservationRegistry> observations) {
			return new ObservationRateLimitObserver(observations.getIfAvailable(() -> ObservationRegistry.NOOP),
					new MicrometerRateLimitObserver(meterRegistry));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class ProvidersSanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ProvidersSanitizingFunction providersSanitizingFunction(ResourceLoader resourceLoader,
				ActiveProviders activeProviders) {
			return new ProvidersSanitizingFunction(BuiltInProviders.load(resourceLoader.getClassLoader()),
					activeProviders);
		}

	}

}
