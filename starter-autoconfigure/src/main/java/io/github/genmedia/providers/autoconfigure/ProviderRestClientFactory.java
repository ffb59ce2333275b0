package io.github.genmedia.providers.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.github.genmedia.providers.activity.ProviderActivities;
import io.github.genmedia.providers.activity.ProviderActivityInterceptor;
import io.github.genmedia.providers.auth.CredentialSafeRedirectInterceptor;
import io.github.genmedia.providers.client.ProviderRestClientConfigurer;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.retry.RetryObserver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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
 * customizers apply to it.
 * <p>
 * The request factory comes from Boot's {@link ClientHttpRequestFactoryBuilder} and
 * {@link HttpClientSettings}, with the provider's timeouts on top, so a user's choice of
 * HTTP library holds. Redirects are left to the provider client's own interceptor, which
 * keeps the credential from following them to another host.
 */
public class ProviderRestClientFactory implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ProviderRestClientFactory.class);

	/** Built here and owned here: closed with the context, connection pools included. */
	private final List<ClientHttpRequestFactory> requestFactories = new CopyOnWriteArrayList<>();

	/**
	 * The request attribute that names the provider of a request, for observation
	 * filters and interceptors that serve several clients.
	 */
	public static final String PROVIDER_ATTRIBUTE = "io.github.genmedia.providers.provider";

	/**
	 * Connect timeout when neither the provider, {@code providers.defaults} nor
	 * {@code spring.http.clients} sets one: long enough for a slow TLS handshake, short
	 * enough that an unreachable host fails while a retry still makes sense.
	 */
	static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Read timeout when nothing else sets one. Synchronous generation (text to speech of
	 * a long text, a document render) can take a minute or more; HTTP clients' own
	 * default is to wait forever, which turns a hung provider into a hung thread.
	 */
	static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

	private final Supplier<RestClient.Builder> builders;

	private final ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder;

	private final HttpClientSettings settings;

	private final List<ProviderRestClientCustomizer> customizers;

	private final ProviderActivities activities;

	private final RetryObserver retryObserver;

	/**
	 * Create a factory.
	 * @param builders supplies a fresh builder per client, typically Boot's prototype
	 * {@code RestClient.Builder} bean
	 * @param requestFactoryBuilder builds the HTTP client
	 * @param settings the application's HTTP client settings
	 * @param customizers applied to every provider's builder, in order
	 * @param activities where each client records its providers' answers, for health
	 * @param retryObserver told about every retry, for metrics
	 */
	public ProviderRestClientFactory(Supplier<RestClient.Builder> builders,
			ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder, HttpClientSettings settings,
			List<ProviderRestClientCustomizer> customizers, ProviderActivities activities,
			RetryObserver retryObserver) {
		this.builders = builders;
		this.requestFactoryBuilder = requestFactoryBuilder;
		this.settings = settings;
		this.customizers = List.copyOf(customizers);
		this.activities = activities;
		this.retryObserver = retryObserver;
	}

	/**
	 * Build the client of one provider.
	 * @param definition the provider
	 * @return its client
	 */
	public RestClient create(ProviderDefinition definition) {
		return create(definition, null);
	}

	/**
	 * Build the client of a provider whose authentication the starter's generic
	 * credential handling cannot express, such as Suno's refreshed JWTs.
	 * @param definition the provider
	 * @param authentication the interceptor that authenticates each attempt, placed
	 * after redirects and retries; {@code null} for none
	 * @return its client
	 */
	public RestClient create(ProviderDefinition definition, ClientHttpRequestInterceptor authentication) {
		RestClient.Builder builder = this.builders.get().clone();
		builder.requestFactory(own(this.requestFactoryBuilder.build(settingsFor(definition))));
		ProviderRestClientConfigurer.configure(builder, definition, this.retryObserver);
		if (authentication != null) {
			builder.requestInterceptor(authentication);
		}
		builder.defaultRequest((request) -> request.attribute(PROVIDER_ATTRIBUTE, definition.name()));
		// Outside the retries: health counts the calls the application made, not attempts.
		builder.requestInterceptors((interceptors) -> interceptors.add(1,
				new ProviderActivityInterceptor(this.activities.of(definition.name()))));
		this.customizers.forEach((customizer) -> customizer.customize(definition.name(), builder));
		return builder.build();
	}

	/**
	 * Return a builder for a provider's auxiliary service, such as Suno's Clerk, whose
	 * requests carry a long-lived sign-in. Deliberately not Spring Boot's builder: the
	 * application's global customizers (a logging interceptor, say) and tracing (which
	 * records URLs holding Clerk session ids) must not see those requests. It keeps the
	 * application's HTTP library, takes the given timeouts, and follows redirects only
	 * through {@link CredentialSafeRedirectInterceptor}.
	 * @param connectTimeout the connect timeout
	 * @param readTimeout the read timeout
	 * @return a new builder
	 */
	public RestClient.Builder auxiliaryBuilder(Duration connectTimeout, Duration readTimeout) {
		RestClient.Builder builder = RestClient.builder();
		builder.requestFactory(own(this.requestFactoryBuilder
			.build(this.settings.withRedirects(HttpRedirects.DONT_FOLLOW).withTimeouts(connectTimeout, readTimeout))));
		builder.requestInterceptors((interceptors) -> interceptors.add(0, new CredentialSafeRedirectInterceptor(5)));
		return builder;
	}

	private ClientHttpRequestFactory own(ClientHttpRequestFactory requestFactory) {
		this.requestFactories.add(requestFactory);
		return requestFactory;
	}

	/**
	 * Close the HTTP clients built for provider clients, such as Apache HttpClient's
	 * connection pools. The JDK's client on Java 17 has nothing to close.
	 */
	@Override
	public void destroy() {
		for (ClientHttpRequestFactory requestFactory : this.requestFactories) {
			try {
				if (requestFactory instanceof DisposableBean disposable) {
					disposable.destroy();
				}
				else if (requestFactory instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				logger.debug("Could not close " + requestFactory.getClass().getName(), ex);
			}
		}
		this.requestFactories.clear();
	}

	private HttpClientSettings settingsFor(ProviderDefinition definition) {
		return this.settings.withRedirects(HttpRedirects.DONT_FOLLOW)
			.withTimeouts(firstOf(definition.connectTimeout(), this.settings.connectTimeout(), DEFAULT_CONNECT_TIMEOUT),
					firstOf(definition.readTimeout(), this.settings.readTimeout(), DEFAULT_READ_TIMEOUT));
	}

	private static Duration firstOf(Duration value, Duration fallback, Duration last) {
		return (value != null) ? value : (fallback != null) ? fallback : last;
	}

}
