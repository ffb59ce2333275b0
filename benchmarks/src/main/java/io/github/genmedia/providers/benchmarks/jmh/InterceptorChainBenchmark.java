package io.github.genmedia.providers.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.InterceptingClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The cost of a provider client's stages alone: the request factory that
 * {@link ProviderPipeline} builds for a provider with an API key, exactly as the
 * auto-configured clients get it (redirects, activity, retries, API key), around a stub
 * HTTP library whose requests answer a canned 200, against the stub library's request
 * created and executed directly ({@code baseline}). {@code springInterceptors} runs the
 * same stages as Spring's {@code RestClient} runs interceptors, through
 * {@link InterceptingClientHttpRequestFactory}: the cost the pipeline's own factory saves.
 * <p>
 * {@code stageOnly}, once for each {@link SingleStage#stage stage}, says where the chain's
 * time goes: it folds one stage the way Spring Framework 7 does for every request, and
 * its {@code noop} run is the cost of that folding around one interceptor that does
 * nothing.
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

	private final ClientHttpRequestFactory library = (uri, method) -> new StubClientRequest(method, uri, this.canned);

	private ClientHttpRequestFactory providerFactory;

	private ClientHttpRequestFactory springFactory;

	private ProviderPipeline pipeline;

	@Setup
	public void setUp() {
		this.pipeline = pipeline(this.library);
		this.providerFactory = this.pipeline.requestFactory();
		this.springFactory = new InterceptingClientHttpRequestFactory(this.library, this.pipeline.interceptors());
	}

	/**
	 * The pipeline of a provider with an API key, as the auto-configuration builds it for
	 * every client, around an HTTP library's request factory: the benchmarks follow the
	 * starter's code rather than a copy of it.
	 * @param library the HTTP library's request factory
	 * @return the pipeline
	 */
	public static ProviderPipeline pipeline(ClientHttpRequestFactory library) {
		ProviderDefinition definition = new ProviderDefinition("sunor", URI.create("http://127.0.0.1:8080/api/v1"),
				ProviderAuth.header("x-api-key", null), Credential.of(HotPathBenchmark.API_KEY), null, null, Map.of(),
				RetrySettings.defaults());
		return ProviderPipeline.builder(definition)
			.activity(new ProviderActivity())
			.retryObserver(RetryObserver.NONE)
			.requestFactory(library)
			.build();
	}

	@Benchmark
	public ClientHttpResponse baseline() throws IOException {
		return send(this.library);
	}

	@Benchmark
	public ClientHttpResponse fullChain() throws IOException {
		return send(this.providerFactory);
	}

	@Benchmark
	public ClientHttpResponse springInterceptors() throws IOException {
		return send(this.springFactory);
	}

	@Benchmark
	public ClientHttpResponse stageOnly(SingleStage single) throws IOException {
		return chain(single.interceptors, this.terminal).execute(newRequest(), NO_BODY);
	}

	/**
	 * What {@code RestClient} does with a request factory for a GET without a body: create
	 * the request, set {@code Content-Length: 0} and the URI template and provider
	 * attributes, execute.
	 */
	private ClientHttpResponse send(ClientHttpRequestFactory factory) throws IOException {
		ClientHttpRequest request = factory.createRequest(this.uri, HttpMethod.GET);
		request.getHeaders().add(HttpHeaders.CONTENT_LENGTH, "0");
		request.getAttributes().put(URI_TEMPLATE_ATTRIBUTE, URI_TEMPLATE);
		request.getAttributes().put(PROVIDER_ATTRIBUTE, "sunor");
		return request.execute();
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

	/**
	 * The one stage {@code stageOnly} runs, taken from the benchmark's pipeline. A state of
	 * its own, so that only {@code stageOnly} runs once per stage.
	 */
	@State(Scope.Thread)
	public static class SingleStage {

		/** The stage: a no-op interceptor, or one of the pipeline's. */
		@Param({ "noop", "redirect", "retry", "apiKey", "activity" })
		public String stage;

		List<ClientHttpRequestInterceptor> interceptors;

		@Setup
		public void setUp(InterceptorChainBenchmark benchmark) {
			ClientHttpRequestInterceptor interceptor = switch (this.stage) {
				case "noop" -> (request, body, execution) -> execution.execute(request, body);
				case "redirect" -> benchmark.pipeline.stage(PipelineStage.REDIRECTS);
				case "retry" -> benchmark.pipeline.stage(PipelineStage.RETRY);
				case "apiKey" -> benchmark.pipeline.stage(PipelineStage.AUTHENTICATION);
				case "activity" -> benchmark.pipeline.stage(PipelineStage.ACTIVITY);
				default -> throw new IllegalArgumentException("No stage " + this.stage);
			};
			this.interceptors = List.of(interceptor);
		}

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

	/** An HTTP library's request that answers without a network. */
	static final class StubClientRequest extends AbstractClientHttpRequest {

		private final HttpMethod method;

		private final URI uri;

		private final ClientHttpResponse response;

		StubClientRequest(HttpMethod method, URI uri, ClientHttpResponse response) {
			this.method = method;
			this.uri = uri;
			this.response = response;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected OutputStream getBodyInternal(HttpHeaders headers) {
			return OutputStream.nullOutputStream();
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers) {
			return this.response;
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
