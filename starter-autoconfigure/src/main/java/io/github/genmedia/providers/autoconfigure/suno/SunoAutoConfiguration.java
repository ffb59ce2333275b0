package io.github.genmedia.providers.autoconfigure.suno;

import java.nio.file.Path;

import io.github.genmedia.providers.autoconfigure.ProviderAuthentication;
import io.github.genmedia.providers.autoconfigure.ProviderRestClientFactory;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.condition.ConditionalOnProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConfiguration;
import io.github.genmedia.providers.autoconfigure.redis.ProvidersRedisConnections;
import io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems;
import io.github.genmedia.providers.autoconfigure.redis.RedisStoreProblems.Store;
import io.github.genmedia.providers.autoconfigure.threads.StarterThreads;
import io.github.genmedia.providers.scheduling.HandOffScheduler;
import io.github.genmedia.providers.suno.ClerkClient;
import io.github.genmedia.providers.suno.MicrometerSunoTokenObserver;
import io.github.genmedia.providers.suno.SunoAuthInterceptor;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoTokenObserver;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.github.genmedia.providers.suno.SunoTokenStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration for Suno: a {@link SunoTokenProvider} that turns the configured
 * browser cookie into Clerk JWTs and keeps them fresh, timed by the starter's one
 * scheduler and refreshed in a lane of {@value #REFRESH_THREADS} ({@link StarterThreads}), and
 * the state of its token in Suno's health. {@code sunoRestClient} itself is created with
 * every other provider's client, and takes the token interceptor of the
 * {@link ProviderAuthentication} bean defined here.
 * <p>
 * With {@code providers.suno.token.store=redis} the instances share each account's JWT
 * through a {@link SunoTokenStore} (by default {@code RedisSunoTokenStore}, on Spring
 * Boot's {@link LettuceConnectionFactory}), so that one of them asks Clerk for it.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = ProvidersAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnProvider(SunoProvider.NAME)
public final class SunoAutoConfiguration {

	/**
	 * A refresh takes Clerk's two round trips, so even 100 accounts at two refreshes a
	 * minute keep one thread busy a fraction of the time; the second keeps refreshes going
	 * while the first waits out a slow Clerk.
	 */
	static final int REFRESH_THREADS = 2;

	/** The lane of the refreshes: its platform threads are {@code genmedia-suno-token-N}. */
	static final String REFRESH_LANE = "suno-token";

	private static final Log logger = LogFactory.getLog(SunoAutoConfiguration.class);

	static final String STORE_PROPERTY = "providers.suno.token.store";

	@Bean
	@ConditionalOnMissingBean(SunoTokenProvider.class)
	SunoTokenRefresh sunoTokenRefresh(ActiveProviders activeProviders, ProviderRestClientFactory factory,
			ObjectProvider<SunoTokenObserver> observer, StarterThreads threads, ObjectProvider<SunoTokenStore> stores,
			ResourceLoader resourceLoader) {
		ActiveProvider suno = suno(activeProviders);
		SunoSettings settings = suno.own(SunoSettings.class);
		RestClient clerkClient = factory.auxiliaryBuilder(suno, settings.clerkTimeout()).build();
		SunoCookie cookie = settings.cookie();
		if (cookie == null) {
			throw new IllegalStateException("Suno's cookie is configured with providers.suno.cookie, "
					+ "providers.suno.cookie-file or SUNO_COOKIE; a ProviderCredentialSource gives none");
		}
		HandOffScheduler scheduler = new HandOffScheduler(threads.scheduler(),
				threads.bulkheads(StarterThreads.THREAD_NAME_PREFIX, REFRESH_THREADS).lane(REFRESH_LANE));
		SunoTokenProvider tokens = SunoTokenProvider.builder(new ClerkClient(clerkClient, settings.clerk()), scheduler)
			.defaultCookie(cookie)
			.settings(settings.tokens())
			.observer(observer.getIfAvailable(() -> SunoTokenObserver.NONE))
			.store(sharedStore(settings, stores, resourceLoader.getClassLoader()))
			.build();
		return new SunoTokenRefresh(tokens);
	}

	private static @Nullable SunoTokenStore sharedStore(SunoSettings settings, ObjectProvider<SunoTokenStore> stores,
			@Nullable ClassLoader classLoader) {
		SunoTokenCipher cipher = settings.sharedTokens();
		if (cipher == null) {
			return null;
		}
		SunoTokenStore store = RedisStoreProblems.required(stores, Store.SUNO_TOKENS, classLoader);
		logger.info("Suno tokens are shared by the instances through " + store.name() + " (" + STORE_PROPERTY
				+ "=redis), " + (cipher.encrypts() ? "encrypted" : "UNENCRYPTED (store-unencrypted=true)"));
		return store;
	}

	@Bean
	@ConditionalOnMissingBean
	SunoTokenProvider sunoTokenProvider(SunoTokenRefresh refresh) {
		return refresh.tokenProvider();
	}

	@Bean
	ProviderAuthentication sunoAuthentication(ActiveProviders activeProviders, SunoTokenProvider tokens) {
		ActiveProvider suno = suno(activeProviders);
		return new ProviderAuthentication(SunoProvider.NAME, new AdvisingSunoAuthInterceptor(
				new SunoAuthInterceptor(tokens, suno.definition().origin(),
						suno.own(SunoSettings.class).tokenWait()),
				SunoCookieAdvice.of(suno)));
	}

	private static ActiveProvider suno(ActiveProviders activeProviders) {
		return activeProviders.find(SunoProvider.NAME)
			.orElseThrow(() -> new IllegalStateException("Suno is enabled but was not resolved"));
	}

	@Bean
	SunoCookieFile sunoCookieFile(ActiveProviders activeProviders, SunoTokenProvider tokens, StarterThreads threads) {
		Path file = activeProviders.find(SunoProvider.NAME).map((suno) -> suno.keys().file()).orElse(null);
		return SunoCookieFile.watch(file, tokens, threads.fileWatches());
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
	@ConditionalOnClass(name = RedisStoreProblems.LETTUCE_CONNECTION_FACTORY)
	@ConditionalOnProperty(name = STORE_PROPERTY, havingValue = "redis")
	@Import(ProvidersRedisConfiguration.class)
	static class SunoRedisTokenStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(SunoTokenStore.class)
		@Nullable RedisSunoTokenStore sunoRedisTokenStore(ActiveProviders activeProviders,
				ObjectProvider<ProvidersRedisConnections> connections) {
			SunoTokenCipher cipher = suno(activeProviders).own(SunoSettings.class).sharedTokens();
			ProvidersRedisConnections available = connections.getIfAvailable();
			if (cipher == null || available == null) {
				return null;
			}
			return new RedisSunoTokenStore(available.binary(), cipher);
		}

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
