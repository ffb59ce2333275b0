package io.github.genmedia.providers.pipeline;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.genmedia.providers.auth.OriginGuard;
import io.github.genmedia.providers.auth.ProviderOrigin;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.error.ProviderErrorHandler;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A provider's client, put together once from its {@link ProviderDefinition}: the
 * interceptors in {@link PipelineStage} order, the error mapping, the base URL, and the
 * timeouts its request factory needs.
 * <p>
 * The stages run inside the client's request factory ({@link #requestFactory()}), around
 * the HTTP library's request; {@link #applyTo(RestClient.Builder)} configures any builder
 * with it, keeping what the application set (message converters, observation,
 * interceptors, which run before the stages). The HTTP library's request factory, given
 * to {@link ProviderPipelineBuilder#requestFactory}, must not follow redirects itself;
 * without one, the JDK's client is used with the provider's timeouts.
 *
 * @since 0.1.0
 */
public final class ProviderPipeline {

	/** The request attribute that names the provider of a request, for observation and shared interceptors. */
	public static final String PROVIDER_ATTRIBUTE = "io.github.genmedia.providers.provider";

	/** Long enough for a slow TLS handshake, short enough that a retry still makes sense. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Synchronous generation (a long text to speech, a document render) can take a
	 * minute or more; HTTP clients' own default is to wait forever.
	 */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

	private final ProviderDefinition definition;

	private final Map<PipelineStage, ClientHttpRequestInterceptor> stages;

	private final List<ClientHttpRequestInterceptor> chain;

	private final ProviderErrorHandler errorHandler;

	private final ClientHttpRequestFactory requestFactory;

	ProviderPipeline(ProviderDefinition definition, Map<PipelineStage, ClientHttpRequestInterceptor> stages,
			Set<PipelineStage> unguarded, ClientHttpRequestFactory libraryRequestFactory,
			ProviderErrorDecoder errorDecoder) {
		this.definition = definition;
		this.stages = Collections.unmodifiableMap(new EnumMap<>(stages));
		this.chain = chain(this.stages, definition.origin(), unguarded);
		this.errorHandler = new ProviderErrorHandler(definition.name(), definition.credential(), errorDecoder);
		this.requestFactory = new ProviderRequestFactory(libraryRequestFactory, interceptors());
	}

	/**
	 * Start a pipeline for a provider.
	 * @param definition the provider
	 * @return a builder for the optional parts: activity, retry observer, authentication
	 */
	public static ProviderPipelineBuilder builder(ProviderDefinition definition) {
		return new ProviderPipelineBuilder(definition);
	}

	/**
	 * Return the provider.
	 * @return its definition
	 */
	public ProviderDefinition definition() {
		return this.definition;
	}

	/**
	 * The stages as a request passes them: each origin-bound one in a guard that lets
	 * requests to other origins pass it by.
	 */
	private static List<ClientHttpRequestInterceptor> chain(Map<PipelineStage, ClientHttpRequestInterceptor> stages,
			ProviderOrigin origin, Set<PipelineStage> unguarded) {
		List<ClientHttpRequestInterceptor> chain = new ArrayList<>(stages.size());
		stages.forEach((stage, interceptor) -> chain.add((stage.isOriginBound() && !unguarded.contains(stage))
				? OriginGuard.of(origin, interceptor) : interceptor));
		return List.copyOf(chain);
	}

	/**
	 * Return the interceptor of a stage.
	 * @param stage the stage
	 * @return its interceptor, or {@code null} when the stage has nothing to do for this
	 * provider (no default headers, retries off)
	 */
	public @Nullable ClientHttpRequestInterceptor stage(PipelineStage stage) {
		return this.stages.get(stage);
	}

	/**
	 * Return the stages' interceptors in the order a request passes them, each
	 * {@link PipelineStage#isOriginBound() origin-bound} one in its
	 * {@link OriginGuard}.
	 * @return the stages that have something to do for this provider
	 */
	public List<ClientHttpRequestInterceptor> interceptors() {
		return this.chain;
	}

	/**
	 * Return the request factory that runs the stages around the HTTP library's requests.
	 * @return the request factory for the provider's client
	 */
	public ClientHttpRequestFactory requestFactory() {
		return this.requestFactory;
	}

	/**
	 * Configure a builder: the request factory that runs the stages, base URL, error
	 * mapping and the provider attribute. Interceptors the builder has run before the
	 * stages, once per call.
	 * @param builder the builder
	 * @return the same builder
	 */
	public RestClient.Builder applyTo(RestClient.Builder builder) {
		builder.requestFactory(this.requestFactory);
		builder.baseUrl(this.definition.baseUrl().toString());
		builder.defaultStatusHandler(HttpStatusCode::isError, this.errorHandler);
		builder.defaultRequest((request) -> request.attribute(PROVIDER_ATTRIBUTE, this.definition.name()));
		return builder;
	}

	/**
	 * Return the connect timeout: the provider's, else {@link #DEFAULT_CONNECT_TIMEOUT}.
	 * @return the timeout
	 */
	public Duration connectTimeout() {
		return (this.definition.connectTimeout() != null) ? this.definition.connectTimeout() : DEFAULT_CONNECT_TIMEOUT;
	}

	/**
	 * Return the read timeout: the provider's, else {@link #DEFAULT_READ_TIMEOUT}.
	 * @return the timeout
	 */
	public Duration readTimeout() {
		return (this.definition.readTimeout() != null) ? this.definition.readTimeout() : DEFAULT_READ_TIMEOUT;
	}

	/**
	 * Build the HTTP library's request factory for use without Spring Boot: the JDK's
	 * HTTP client with the provider's timeouts, not following redirects. With Spring Boot,
	 * the auto-configuration builds one from the application's HTTP client settings.
	 * @param definition the provider
	 * @return a new request factory
	 */
	static ClientHttpRequestFactory libraryRequestFactory(ProviderDefinition definition) {
		Duration connect = (definition.connectTimeout() != null) ? definition.connectTimeout() : DEFAULT_CONNECT_TIMEOUT;
		Duration read = (definition.readTimeout() != null) ? definition.readTimeout() : DEFAULT_READ_TIMEOUT;
		HttpClient client = HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NEVER).build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
		requestFactory.setReadTimeout(read);
		return requestFactory;
	}

	@Override
	public String toString() {
		return "ProviderPipeline[" + this.definition.name() + ", " + this.stages.keySet() + "]";
	}

}
