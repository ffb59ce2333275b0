package io.github.genmedia.providers.autoconfigure.suno;

import java.net.URI;

import io.github.genmedia.providers.autoconfigure.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.ProviderRestClientFactory;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.suno.ClerkClient;
import io.github.genmedia.providers.suno.ClerkRetry;
import io.github.genmedia.providers.suno.ClerkSettings;
import io.github.genmedia.providers.suno.MicrometerSunoTokenObserver;
import io.github.genmedia.providers.suno.SunoAuthInterceptor;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoSchedulerFactory;
import io.github.genmedia.providers.suno.SunoTokenObserver;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.github.genmedia.providers.suno.SunoTokenSettings;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration for Suno: a {@link SunoTokenProvider} that turns the configured
 * browser cookie into Clerk JWTs and keeps them fresh on the starter's own scheduler, and
 * {@code sunoRestClient}, which sends them.
 * <p>
 * Active when {@code providers.suno.cookie} (or {@code SUNO_COOKIE}) is set; the cookie
 * is validated with the other providers, so a bad one stops startup with the same
 * report.
 */
@AutoConfiguration(after = ProvidersAutoConfiguration.class)
@Conditional(OnSunoActiveCondition.class)
@EnableConfigurationProperties(SunoProperties.class)
public final class SunoAutoConfiguration {

	static final String PROVIDER = "suno";

	@Bean
	@ConditionalOnMissingBean(SunoTokenProvider.class)
	SunoTokenRefresh sunoTokenRefresh(SunoProperties properties, Environment environment,
			ProviderRestClientFactory factory, ObjectProvider<SunoTokenObserver> observer) {
		SunoProperties.Clerk clerk = properties.getClerk();
		RestClient clerkClient = factory.auxiliaryBuilder(clerk.getTimeout(), clerk.getTimeout()).build();
		ClerkSettings clerkSettings = new ClerkSettings(URI.create(clerk.getBaseUrl()), clerk.getApiVersion(),
				clerk.getJsVersion());
		ThreadPoolTaskScheduler scheduler = SunoSchedulerFactory.create(SunoSchedulerFactory.DEFAULT_POOL_SIZE);
		SunoTokenProvider tokens = new SunoTokenProvider(SunoCookie.parse(SunoActivation.rawCookie(environment)),
				new ClerkClient(clerkClient, clerkSettings), ClerkRetry.defaults(), scheduler,
				tokenSettings(properties), observer.getIfAvailable(() -> SunoTokenObserver.NONE));
		return new SunoTokenRefresh(tokens, scheduler);
	}

	@Bean
	@ConditionalOnMissingBean
	SunoTokenProvider sunoTokenProvider(SunoTokenRefresh refresh) {
		return refresh.tokenProvider();
	}

	@Bean(defaultCandidate = false)
	@ConditionalOnMissingBean(name = "sunoRestClient")
	RestClient sunoRestClient(ActiveProviders activeProviders, ProviderRestClientFactory factory,
			SunoTokenProvider tokens, SunoProperties properties) {
		ProviderDefinition definition = activeProviders.find(PROVIDER)
			.orElseThrow(() -> new IllegalStateException("Suno is active but was not resolved"));
		return factory.create(definition,
				new SunoAuthInterceptor(tokens, definition.origin(), properties.getToken().getWait()));
	}

	private static SunoTokenSettings tokenSettings(SunoProperties properties) {
		SunoProperties.Token token = properties.getToken();
		SunoProperties.Accounts accounts = properties.getAccounts();
		return new SunoTokenSettings(token.getRefreshBeforeExpiry(), token.getFallbackRefreshInterval(),
				token.getRetryInterval(), accounts.getMaxCached(), accounts.getIdleExpiry());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class SunoMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(MeterRegistry.class)
		SunoTokenObserver sunoTokenObserver(MeterRegistry meterRegistry) {
			return new MicrometerSunoTokenObserver(meterRegistry);
		}

	}

}
