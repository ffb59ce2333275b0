package io.github.genmedia.providers.pipeline;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.definition.ProviderDefinition;
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
 * {@link #applyTo(RestClient.Builder)} configures any builder, keeping what the
 * application set on it (request factory, message converters, observation); call it
 * after the application's customizers, so that the stages keep their declared places
 * around the application's interceptors. The builder's request factory must not follow
 * redirects itself: {@link #requestFactory()} builds one that does not, for use without
 * Spring Boot.
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

	ProviderPipeline(ProviderDefinition definition, Map<PipelineStage, ClientHttpRequestInterceptor> stages) {
		this.definition = definition;
		this.stages = Collections.unmodifiableMap(new EnumMap<>(stages));
		this.chain = chain(this.stages);
		this.errorHandler = new ProviderErrorHandler(definition.name(), definition.credential());
	}

	/**
	 * The stages as they are applied: the last one, when it runs after the application's
	 * interceptors, hands the request to the HTTP library without the header journal of
	 * the repeating stages.
	 */
	private static List<ClientHttpRequestInterceptor> chain(Map<PipelineStage, ClientHttpRequestInterceptor> stages) {
		List<ClientHttpRequestInterceptor> chain = new ArrayList<>(stages.values());
		PipelineStage last = stages.keySet().stream().reduce((first, second) -> second).orElse(null);
		if (last != null && !last.isBeforeApplicationInterceptors()) {
			chain.set(chain.size() - 1, new HandOff(chain.get(chain.size() - 1)));
		}
		return List.copyOf(chain);
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
	 * Return the interceptor of a stage.
	 * @param stage the stage
	 * @return its interceptor, or {@code null} when the stage has nothing to do for this
	 * provider (no default headers, retries off)
	 */
	public @Nullable ClientHttpRequestInterceptor stage(PipelineStage stage) {
		return this.stages.get(stage);
	}

	/**
	 * Return the interceptors in the order a request passes them, as
	 * {@link #applyTo(RestClient.Builder)} adds them.
	 * @return the chain, without application interceptors
	 */
	public List<ClientHttpRequestInterceptor> interceptors() {
		return this.chain;
	}

	/**
	 * Configure a builder: base URL, the stages around the interceptors it already has,
	 * the error mapping and the provider attribute.
	 * @param builder the builder
	 * @return the same builder
	 */
	public RestClient.Builder applyTo(RestClient.Builder builder) {
		builder.baseUrl(this.definition.baseUrl().toString());
		builder.requestInterceptors((interceptors) -> {
			int front = 0;
			int index = 0;
			for (PipelineStage stage : this.stages.keySet()) {
				ClientHttpRequestInterceptor interceptor = this.chain.get(index++);
				if (stage.isBeforeApplicationInterceptors()) {
					interceptors.add(front++, interceptor);
				}
				else {
					interceptors.add(interceptor);
				}
			}
		});
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
	 * Build a request factory for use without Spring Boot: the JDK's HTTP client with the
	 * provider's timeouts, not following redirects. With Spring Boot, the
	 * auto-configuration builds one from the application's HTTP client settings instead.
	 * @return a new request factory
	 */
	public ClientHttpRequestFactory requestFactory() {
		return requestFactory(this.definition);
	}

	/**
	 * Build the request factory {@link #requestFactory()} returns, for a definition.
	 * @param definition the provider
	 * @return a new request factory
	 */
	static ClientHttpRequestFactory requestFactory(ProviderDefinition definition) {
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
