package io.github.genmedia.providers.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.github.genmedia.providers.auth.CredentialSafeRedirectInterceptor;
import io.github.genmedia.providers.autoconfigure.http.HttpLibraries;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.keys.KeyRing;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.pipeline.ProviderPipelineBuilder;
import io.github.genmedia.providers.ratelimit.RateLimitObserver;
import io.github.genmedia.providers.ratelimit.RateLimiters;
import io.github.genmedia.providers.retry.RetryObserver;

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
 * run before the stages, once per call. Every client of a provider takes its rate limiter,
 * keys and authentication from its one {@link ProviderRuntime}, so they draw on one budget.
 *
 * @since 0.1.0
 */
public class ProviderRestClientFactory implements DisposableBean {

	private final Supplier<RestClient.Builder> builders;

	private final HttpLibraries libraries;

	private final ProviderClientSettings settings;

	private final List<ProviderRestClientCustomizer> customizers;

	private final Observers observers;

	/**
	 * Create a factory.
	 * @param builders supplies the builder each client's builder is cloned from, typically
	 * Spring Boot's {@code RestClient.Builder} bean
	 * @param requestFactoryBuilder builds the HTTP client
	 * @param settings maps a provider to its HTTP client settings
	 * @param customizers applied to every provider's builder, in order
	 * @param observers told about every retry and rate-limit permit, for metrics
	 */
	public ProviderRestClientFactory(Supplier<RestClient.Builder> builders,
			ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder, ProviderClientSettings settings,
			List<ProviderRestClientCustomizer> customizers, Observers observers) {
		this.builders = builders;
		this.libraries = new HttpLibraries(requestFactoryBuilder);
		this.settings = settings;
		this.customizers = List.copyOf(customizers);
		this.observers = observers;
	}

	/**
	 * Build the client of one provider.
	 * @param provider the provider
	 * @return its client
	 */
	public RestClient create(ProviderRuntime provider) {
		return configure(provider, this.builders.get().clone(), requestFactory(provider.provider())).build();
	}

	/**
	 * Build a client of one provider whose requests take their rate-limit permit at once,
	 * on credit, rather than wait for it: for calls that must not wait, such as a health
	 * probe. The provider's other calls then wait one turn longer.
	 * @param provider the provider
	 * @return the client
	 */
	public RestClient createOnCredit(ProviderRuntime provider) {
		RestClient.Builder builder = this.builders.get().clone();
		customize(provider.name(), builder);
		return pipeline(provider, requestFactory(provider.provider()), true).applyTo(builder).build();
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
	public RestClient.Builder configure(ProviderRuntime provider, RestClient.Builder builder,
			ClientHttpRequestFactory requestFactory) {
		customize(provider.name(), builder);
		return pipeline(provider, requestFactory).applyTo(builder);
	}

	private void customize(String provider, RestClient.Builder builder) {
		this.customizers.forEach((customizer) -> customizer.customize(provider, builder));
	}

	/**
	 * Return a provider's pipeline: its interceptors, error mapping and base URL.
	 * @param provider the provider
	 * @param requestFactory the HTTP library's request factory for the provider, from
	 * {@link #requestFactory(ActiveProvider)}
	 * @return the pipeline
	 */
	public ProviderPipeline pipeline(ProviderRuntime provider, ClientHttpRequestFactory requestFactory) {
		return pipeline(provider, requestFactory, false);
	}

	private ProviderPipeline pipeline(ProviderRuntime provider, ClientHttpRequestFactory requestFactory,
			boolean rateLimitOnCredit) {
		ProviderPipelineBuilder pipeline = ProviderPipeline.builder(provider.definition())
			.activity(provider.activity())
			.retryObserver(this.observers.retry())
			.rateLimitObserver(this.observers.rateLimit())
			.requestFactory(requestFactory);
		RateLimiters rateLimiters = provider.rateLimiters();
		if (rateLimiters != null) {
			pipeline.rateLimiters(rateLimiters);
		}
		if (rateLimitOnCredit) {
			pipeline.rateLimitOnCredit();
		}
		BuiltInProvider builtIn = provider.provider().builtIn();
		if (builtIn != null) {
			pipeline.errorDecoder(builtIn.errorDecoder());
		}
		ClientHttpRequestInterceptor authentication = provider.authentication();
		KeyRing keyRing = provider.keyRing();
		if (authentication != null) {
			pipeline.authentication(authentication);
		}
		else if (keyRing != null) {
			pipeline.keyRing(keyRing);
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
	 * Close the HTTP clients built for provider clients (see {@link HttpLibraries}).
	 */
	@Override
	public void destroy() {
		this.libraries.destroy();
	}

	/**
	 * Who is told about what each client's pipeline does, for metrics.
	 *
	 * @param retry told about every retry
	 * @param rateLimit told about every rate-limit permit
	 */
	public record Observers(RetryObserver retry, RateLimitObserver rateLimit) {

		/** Nobody. */
		public static final Observers NONE = new Observers(RetryObserver.NONE, RateLimitObserver.NONE);

	}

}
