package io.github.genmedia.providers.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.github.genmedia.providers.activity.ProviderActivities;
import io.github.genmedia.providers.auth.CredentialSafeRedirectInterceptor;
import io.github.genmedia.providers.autoconfigure.config.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.config.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.http.HttpLibraries;
import io.github.genmedia.providers.autoconfigure.keys.ProviderKeyRings;
import io.github.genmedia.providers.autoconfigure.ratelimit.ProviderRateLimiters;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.keys.KeyRing;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.pipeline.ProviderPipelineBuilder;
import io.github.genmedia.providers.ratelimit.RateLimitObserver;
import io.github.genmedia.providers.ratelimit.RateLimiters;
import io.github.genmedia.providers.retry.RetryObserver;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Builds a provider's {@link RestClient} from Spring Boot's own
 * {@link RestClient.Builder}, so the application's observation (the
 * {@code http.client.requests} metric and tracing), message converters and global
 * customizers apply to it, and the provider's {@link ProviderPipeline} on top.
 * <p>
 * The request factory comes from Boot's {@link ClientHttpRequestFactoryBuilder} with the
 * provider's {@link ProviderClientSettings}, so a user's choice of HTTP library holds;
 * the library's own retries are switched off ({@link HttpLibraries}), so that the
 * pipeline's are the only ones.
 * The pipeline is applied after the {@link ProviderRestClientCustomizer}s: its request
 * factory, which runs the stages, wraps the HTTP library's; interceptors a customizer adds
 * run before the stages, once per call. Every client of a provider takes its rate limiter
 * from one {@link ProviderRateLimiters}, so they draw on one budget.
 */
public class ProviderRestClientFactory implements DisposableBean {

	private final Supplier<RestClient.Builder> builders;

	private final HttpLibraries libraries;

	private final ProviderClientSettings settings;

	private final List<ProviderRestClientCustomizer> customizers;

	private final ProviderActivities activities;

	private final RetryObserver retryObserver;

	private final BeanFactory beanFactory;

	private final ProviderRateLimiters rateLimiters;

	private final RateLimitObserver rateLimitObserver;

	private volatile @Nullable ProviderKeyRings keyRings;

	/**
	 * Create a factory whose rate limiters are local to this instance and unobserved.
	 * @param builders supplies the builder each client's builder is cloned from, typically
	 * Spring Boot's {@code RestClient.Builder} bean
	 * @param requestFactoryBuilder builds the HTTP client
	 * @param settings maps a provider to its HTTP client settings
	 * @param customizers applied to every provider's builder, in order
	 * @param activities where each client records its provider's answers, for health
	 * @param retryObserver told about every retry, for metrics
	 * @param beanFactory where built-in providers find the beans their authentication needs
	 */
	public ProviderRestClientFactory(Supplier<RestClient.Builder> builders,
			ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder, ProviderClientSettings settings,
			List<ProviderRestClientCustomizer> customizers, ProviderActivities activities,
			RetryObserver retryObserver, BeanFactory beanFactory) {
		this(builders, requestFactoryBuilder, settings, customizers, activities, retryObserver, beanFactory,
				ProviderRateLimiters.local(), RateLimitObserver.NONE);
	}

	/**
	 * Create a factory.
	 * @param builders supplies the builder each client's builder is cloned from, typically
	 * Spring Boot's {@code RestClient.Builder} bean
	 * @param requestFactoryBuilder builds the HTTP client
	 * @param settings maps a provider to its HTTP client settings
	 * @param customizers applied to every provider's builder, in order
	 * @param activities where each client records its provider's answers, for health
	 * @param retryObserver told about every retry, for metrics
	 * @param beanFactory where built-in providers find the beans their authentication needs
	 * @param rateLimiters the rate limiter of each provider
	 * @param rateLimitObserver told about every rate-limit permit, for metrics
	 */
	public ProviderRestClientFactory(Supplier<RestClient.Builder> builders,
			ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder, ProviderClientSettings settings,
			List<ProviderRestClientCustomizer> customizers, ProviderActivities activities,
			RetryObserver retryObserver, BeanFactory beanFactory, ProviderRateLimiters rateLimiters,
			RateLimitObserver rateLimitObserver) {
		this.builders = builders;
		this.libraries = new HttpLibraries(requestFactoryBuilder);
		this.settings = settings;
		this.customizers = List.copyOf(customizers);
		this.activities = activities;
		this.retryObserver = retryObserver;
		this.beanFactory = beanFactory;
		this.rateLimiters = rateLimiters;
		this.rateLimitObserver = rateLimitObserver;
	}

	/**
	 * Build the client of one provider.
	 * @param provider the provider
	 * @return its client
	 */
	public RestClient create(ActiveProvider provider) {
		return configure(provider, this.builders.get().clone(), requestFactory(provider)).build();
	}

	/**
	 * Build a client of one provider whose requests take their rate-limit permit at once,
	 * on credit, rather than wait for it: for calls that must not wait, such as a health
	 * probe. The provider's other calls then wait one turn longer.
	 * @param provider the provider
	 * @return the client
	 */
	public RestClient createOnCredit(ActiveProvider provider) {
		RestClient.Builder builder = this.builders.get().clone();
		this.customizers.forEach((customizer) -> customizer.customize(provider.name(), builder));
		return pipeline(provider, requestFactory(provider), true).applyTo(builder).build();
	}

	/**
	 * Configure a builder as a provider's client: the {@link ProviderRestClientCustomizer}s,
	 * then the pipeline, which wraps the given HTTP library's request factory.
	 * @param provider the provider
	 * @param builder the builder, such as the client builder of the provider's HTTP
	 * service group
	 * @param requestFactory the HTTP library's request factory, from
	 * {@link #requestFactory(HttpClientSettings)}
	 * @return the same builder
	 */
	public RestClient.Builder configure(ActiveProvider provider, RestClient.Builder builder,
			ClientHttpRequestFactory requestFactory) {
		this.customizers.forEach((customizer) -> customizer.customize(provider.name(), builder));
		return pipeline(provider, requestFactory).applyTo(builder);
	}

	/**
	 * Return a provider's pipeline: its interceptors, error mapping and base URL.
	 * @param provider the provider
	 * @param requestFactory the HTTP library's request factory for the provider, from
	 * {@link #requestFactory(ActiveProvider)}
	 * @return the pipeline
	 */
	public ProviderPipeline pipeline(ActiveProvider provider, ClientHttpRequestFactory requestFactory) {
		return pipeline(provider, requestFactory, false);
	}

	private ProviderPipeline pipeline(ActiveProvider provider, ClientHttpRequestFactory requestFactory,
			boolean rateLimitOnCredit) {
		ProviderPipelineBuilder pipeline = ProviderPipeline.builder(provider.definition())
			.activity(this.activities.of(provider.name()))
			.retryObserver(this.retryObserver)
			.rateLimitObserver(this.rateLimitObserver)
			.requestFactory(requestFactory);
		RateLimiters rateLimiters = this.rateLimiters.limiters(provider.definition());
		if (rateLimiters != null) {
			pipeline.rateLimiters(rateLimiters);
		}
		if (rateLimitOnCredit) {
			pipeline.rateLimitOnCredit();
		}
		BuiltInProvider builtIn = provider.builtIn();
		if (builtIn != null) {
			pipeline.errorDecoder(builtIn.errorDecoder());
		}
		ClientHttpRequestInterceptor authentication = authentication(provider);
		if (authentication != null) {
			pipeline.authentication(authentication);
		}
		else {
			KeyRing keyRing = keyRing(provider);
			if (keyRing != null) {
				pipeline.keyRing(keyRing);
			}
		}
		return pipeline.build();
	}

	/**
	 * Build the HTTP library's request factory with a provider's settings; closed with the
	 * context.
	 * @param provider the provider
	 * @return the request factory
	 */
	public ClientHttpRequestFactory requestFactory(ActiveProvider provider) {
		return requestFactory(this.settings.of(provider));
	}

	/**
	 * Build the HTTP library's request factory with the given settings, or return the one
	 * already built with them; closed with the context.
	 * @param settings the settings, such as {@link ProviderClientSettings#ofGroup}'s
	 * @return the request factory
	 */
	public ClientHttpRequestFactory requestFactory(HttpClientSettings settings) {
		return this.libraries.build(settings);
	}

	/**
	 * Return the rate limiter of each provider, which every client this factory builds
	 * draws on.
	 * @return the limiters
	 */
	public ProviderRateLimiters rateLimiters() {
		return this.rateLimiters;
	}

	/**
	 * Return how a provider's HTTP clients are set up.
	 * @return the settings mapping
	 */
	public ProviderClientSettings settings() {
		return this.settings;
	}

	/**
	 * Return a builder for a provider's auxiliary service, such as Suno's Clerk, whose
	 * requests carry a long-lived sign-in. Deliberately not Spring Boot's builder: the
	 * application's global customizers (a logging interceptor, say) and tracing (which
	 * records URLs holding Clerk session ids) must not see those requests. It keeps the
	 * application's HTTP library and the provider's SSL bundle, takes the given timeouts,
	 * and follows redirects only through {@link CredentialSafeRedirectInterceptor}.
	 * @param provider the provider the service belongs to
	 * @param timeout the connect and read timeout
	 * @return a new builder
	 */
	public RestClient.Builder auxiliaryBuilder(ActiveProvider provider, Duration timeout) {
		RestClient.Builder builder = RestClient.builder();
		HttpClientSettings settings = this.settings.of(provider)
			.withRedirects(HttpRedirects.DONT_FOLLOW)
			.withTimeouts(timeout, timeout);
		builder.requestFactory(this.libraries.build(settings));
		builder.requestInterceptors((interceptors) -> interceptors.add(0, new CredentialSafeRedirectInterceptor(5)));
		return builder;
	}

	/**
	 * Return the keys of a provider authenticated by an API key, which all its clients
	 * share.
	 * @param provider the provider
	 * @return its keys, or {@code null} for a provider without an API key or with an
	 * authentication of its own (Suno)
	 */
	public @Nullable KeyRing keyRing(ActiveProvider provider) {
		ProviderAuth auth = provider.definition().auth();
		BuiltInProvider builtIn = provider.builtIn();
		boolean apiKey = auth.requiresCredential() && auth.headerName() != null
				&& (builtIn == null || !builtIn.authenticatesItself());
		return apiKey ? keyRings().ring(provider) : null;
	}

	/**
	 * Return the keys of each provider, which every client this factory builds takes in
	 * turn: the application context's, or this factory's own when it has none.
	 * @return the key rings
	 */
	public ProviderKeyRings keyRings() {
		ProviderKeyRings rings = this.keyRings;
		if (rings == null) {
			rings = this.beanFactory.getBeanProvider(ProviderKeyRings.class)
				.getIfAvailable(() -> new ProviderKeyRings(null, Clock.systemUTC()));
			this.keyRings = rings;
		}
		return rings;
	}

	private @Nullable ClientHttpRequestInterceptor authentication(ActiveProvider provider) {
		BuiltInProvider builtIn = provider.builtIn();
		return (builtIn != null) ? builtIn.authentication(provider, this.beanFactory) : null;
	}

	/**
	 * Close the HTTP clients built for provider clients (see {@link HttpLibraries}).
	 */
	@Override
	public void destroy() {
		this.libraries.destroy();
	}

}
