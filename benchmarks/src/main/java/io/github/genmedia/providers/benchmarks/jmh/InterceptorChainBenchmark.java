package io.github.genmedia.providers.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.activity.ProviderActivity;
import io.github.genmedia.providers.activity.ProviderActivityInterceptor;
import io.github.genmedia.providers.auth.ApiKeyInterceptor;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.CredentialSafeRedirectInterceptor;
import io.github.genmedia.providers.pipeline.PipelineStage;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.retry.RetryInterceptor;
import io.github.genmedia.providers.retry.RetryObserver;
import io.github.genmedia.providers.retry.RetrySettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * The cost of a provider client's interceptors alone: the chain that
 * {@link ProviderPipeline} builds for a provider with an API key, exactly as the
 * auto-configured clients get it (redirects, activity, retries, API key) around a stub execution that
 * returns a canned 200, against the stub execution called directly. Each operation
 * builds a fresh request and composes the chain the way Spring Framework 7 does for every
 * request; the baseline builds the request too.
 * <p>
 * The single-interceptor benchmarks say where the chain's time goes; {@code noopOnly}
 * is the cost of Spring's chain mechanics around one interceptor that does nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InterceptorChainBenchmark {

	private static final byte[] NO_BODY = new byte[0];

	private static final String PROVIDER_ATTRIBUTE = "io.github.genmedia.providers.provider";

	private static final String URI_TEMPLATE_ATTRIBUTE = "org.springframework.web.client.RestClient.uriTemplate";

	private static final String URI_TEMPLATE = "http://127.0.0.1:8080/api/v1/account/balance";

	private final URI uri = URI.create("http://127.0.0.1:8080/api/v1/account/balance");

	private final ClientHttpResponse canned = new CannedResponse();

	private final ClientHttpRequestExecution terminal = (request, body) -> this.canned;

	private List<ClientHttpRequestInterceptor> fullChain;

	private List<ClientHttpRequestInterceptor> noopOnly;

	private List<ClientHttpRequestInterceptor> redirectOnly;

	private List<ClientHttpRequestInterceptor> retryOnly;

	private List<ClientHttpRequestInterceptor> apiKeyOnly;

	private List<ClientHttpRequestInterceptor> activityOnly;

	@Setup
	public void setUp() {
		ProviderPipeline pipeline = pipeline();
		this.fullChain = pipeline.interceptors();
		this.noopOnly = List.of((request, body, execution) -> execution.execute(request, body));
		this.redirectOnly = List.of(pipeline.stage(PipelineStage.REDIRECTS));
		this.retryOnly = List.of(pipeline.stage(PipelineStage.RETRY));
		this.apiKeyOnly = List.of(pipeline.stage(PipelineStage.AUTHENTICATION));
		this.activityOnly = List.of(pipeline.stage(PipelineStage.ACTIVITY));
	}

	/**
	 * The interceptors of a provider client, in their order, as {@link ProviderPipeline}
	 * builds them for every client: the chain follows the starter's code rather than a
	 * copy of it.
	 * @return the interceptors in the order they run
	 */
	public static List<ClientHttpRequestInterceptor> providerInterceptors() {
		return pipeline().interceptors();
	}

	private static ProviderPipeline pipeline() {
		ProviderDefinition definition = new ProviderDefinition("sunor", URI.create("http://127.0.0.1:8080/api/v1"),
				ProviderAuth.header("x-api-key", null), Credential.of(HotPathBenchmark.API_KEY), null, null, Map.of(),
				RetrySettings.defaults());
		return ProviderPipeline.builder(definition)
			.activity(new ProviderActivity())
			.retryObserver(RetryObserver.NONE)
			.build();
	}

	@Benchmark
	public ClientHttpResponse baseline() throws IOException {
		return this.terminal.execute(newRequest(), NO_BODY);
	}

	@Benchmark
	public ClientHttpResponse fullChain() throws IOException {
		return chain(this.fullChain, this.terminal).execute(newRequest(), NO_BODY);
	}

	@Benchmark
	public ClientHttpResponse noopOnly() throws IOException {
		return chain(this.noopOnly, this.terminal).execute(newRequest(), NO_BODY);
	}

	@Benchmark
	public ClientHttpResponse redirectOnly() throws IOException {
		return chain(this.redirectOnly, this.terminal).execute(newRequest(), NO_BODY);
	}

	@Benchmark
	public ClientHttpResponse retryOnly() throws IOException {
		return chain(this.retryOnly, this.terminal).execute(newRequest(), NO_BODY);
	}

	@Benchmark
	public ClientHttpResponse apiKeyOnly() throws IOException {
		return chain(this.apiKeyOnly, this.terminal).execute(newRequest(), NO_BODY);
	}

	@Benchmark
	public ClientHttpResponse activityOnly() throws IOException {
		return chain(this.activityOnly, this.terminal).execute(newRequest(), NO_BODY);
	}

	/**
	 * What {@code RestClient} hands the first interceptor of a provider client: method,
	 * URI, {@code Content-Length: 0}, and the URI template and provider attributes.
	 */
	private HttpRequest newRequest() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.CONTENT_LENGTH, "0");
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(URI_TEMPLATE_ATTRIBUTE, URI_TEMPLATE);
		attributes.put(PROVIDER_ATTRIBUTE, "sunor");
		return new StubRequest(HttpMethod.GET, this.uri, headers, attributes);
	}

	/**
	 * The chain as Spring Framework 7's {@code InterceptingClientHttpRequest} builds it,
	 * once per request: the interceptors folded with {@code andThen}, then applied to the
	 * last execution. Each interceptor gets the rest of the chain as its execution, so a
	 * retry or a redirect hop runs the interceptors behind it again.
	 */
	static ClientHttpRequestExecution chain(List<ClientHttpRequestInterceptor> interceptors,
			ClientHttpRequestExecution terminal) {
		return interceptors.stream()
			.reduce(ClientHttpRequestInterceptor::andThen)
			.map((interceptor) -> interceptor.apply(terminal))
			.orElse(terminal);
	}

	record StubRequest(HttpMethod method, URI uri, HttpHeaders headers,
			Map<String, Object> attributes) implements HttpRequest {

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

	}

	static final class CannedResponse implements ClientHttpResponse {

		private final HttpHeaders headers = new HttpHeaders();

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.OK;
		}

		@Override
		public String getStatusText() {
			return "OK";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(NO_BODY);
		}

		@Override
		public void close() {
		}

	}

}
