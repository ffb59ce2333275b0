package io.github.genmedia.providers.autoconfigure.suno;

import java.nio.file.Path;

import io.github.genmedia.providers.autoconfigure.ProviderRestClientFactory;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.config.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.config.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.config.ConditionalOnProvider;
import io.github.genmedia.providers.suno.ClerkClient;
import io.github.genmedia.providers.suno.ClerkRetry;
import io.github.genmedia.providers.suno.MicrometerSunoTokenObserver;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoSchedulerFactory;
import io.github.genmedia.providers.suno.SunoTokenObserver;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration for Suno: a {@link SunoTokenProvider} that turns the configured
 * browser cookie into Clerk JWTs and keeps them fresh on the starter's own scheduler, and
 * the state of its token in Suno's health. {@code sunoRestClient} itself is created with
 * every other provider's client; {@link SunoProvider} gives it the token interceptor.
 */
@AutoConfiguration(after = ProvidersAutoConfiguration.class)
@ConditionalOnProvider(SunoProvider.NAME)
public final class SunoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(SunoTokenProvider.class)
	SunoTokenRefresh sunoTokenRefresh(ActiveProviders activeProviders, ProviderRestClientFactory factory,
			ObjectProvider<SunoTokenObserver> observer) {
		ActiveProvider suno = activeProviders.find(SunoProvider.NAME)
			.orElseThrow(() -> new IllegalStateException("Suno is enabled but was not resolved"));
		SunoProperties properties = suno.properties(SunoProperties.class);
		RestClient clerkClient = factory.auxiliaryBuilder(suno, properties.getClerk().getTimeout()).build();
		SunoCookie cookie = SunoCookie.parse(suno.definition().credential().reveal());
		ThreadPoolTaskScheduler scheduler = SunoSchedulerFactory.create(SunoSchedulerFactory.DEFAULT_POOL_SIZE);
		SunoTokenProvider tokens = new SunoTokenProvider(cookie,
				new ClerkClient(clerkClient, SunoSettings.clerk(properties)), ClerkRetry.defaults(), scheduler,
				SunoSettings.tokens(properties), observer.getIfAvailable(() -> SunoTokenObserver.NONE));
		return new SunoTokenRefresh(tokens, scheduler);
	}

	@Bean
	@ConditionalOnMissingBean
	SunoTokenProvider sunoTokenProvider(SunoTokenRefresh refresh) {
		return refresh.tokenProvider();
	}

	@Bean
	SunoCookieFile sunoCookieFile(ActiveProviders activeProviders, SunoTokenProvider tokens) {
		Path file = activeProviders.find(SunoProvider.NAME).map((suno) -> suno.keys().file()).orElse(null);
		return SunoCookieFile.watch(file, tokens);
	}

	@Bean
	SunoCredentialStatus sunoCredentialStatus(ActiveProviders activeProviders, SunoTokenProvider tokens,
			SunoCookieFile cookieFile) {
		SunoCookieAdvice advice = activeProviders.find(SunoProvider.NAME)
			.map(SunoCookieAdvice::of)
			.orElseGet(() -> new SunoCookieAdvice(null));
		return new SunoCredentialStatus(tokens, cookieFile, advice);
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
