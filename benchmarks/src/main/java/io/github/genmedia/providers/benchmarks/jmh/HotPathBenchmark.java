package io.github.genmedia.providers.benchmarks.jmh;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.LoopbackServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Requests per second through the auto-configured {@code sunorRestClient} (redirect,
 * retry, API key and activity interceptors, origin check, error handler) against a plain
 * {@link RestClient} on the same kind of request factory (JDK {@link HttpClient} through
 * {@link JdkClientHttpRequestFactory}, same timeouts, redirects off) that sends the same
 * key as a default header, both to the same loopback server with a fixed small
 * response. One client thread: each figure is the inverse of one request's round trip.
 * <p>
 * JMH measures the two clients one after the other, each in its own fork; on a small or
 * shared machine drift between the two runs shows up as a wide error.
 * {@code HotPathHarness} measures the same pair interleaved in one JVM as a cross-check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HotPathBenchmark {

	public static final String PATH = "/account/balance";

	public static final String API_KEY = "sk-bench-0123456789abcdef";

	/** The plain client sends the key too, as an application without the starter would. */
	public static final Map<String, String> KEY_HEADER = Map.of("x-api-key", API_KEY);

	/** Past C2's invocation threshold (5,000) for either client's own code. */
	static final int PRE_WARM = 7_500;

	private LoopbackServer server;

	private ConfigurableApplicationContext context;

	private RestClient starter;

	private RestClient plain;

	@Setup
	public void setUp() {
		this.server = LoopbackServer.start(0);
		this.context = startContext(this.server);
		this.starter = this.context.getBean("sunorRestClient", RestClient.class);
		this.plain = plainClient(this.server.url() + "/api/v1", KEY_HEADER);
		// Both clients run in every fork before JMH's own warm-up, so that the JIT has seen
		// the same code paths whichever of the two is then measured.
		for (int i = 0; i < PRE_WARM; i++) {
			starterClient();
			plainClient();
		}
	}

	@TearDown
	public void tearDown() {
		this.context.close();
		this.server.close();
	}

	@Benchmark
	public String starterClient() {
		return this.starter.get().uri(PATH).retrieve().body(String.class);
	}

	@Benchmark
	public String plainClient() {
		return this.plain.get().uri(PATH).retrieve().body(String.class);
	}

	/**
	 * Start a context whose only provider is Sunor, pointed at the server, without Sunor's
	 * documented rate limit (120 a minute), which would measure the limit rather than the
	 * client.
	 * @param server the server
	 * @return the context
	 */
	public static ConfigurableApplicationContext startContext(LoopbackServer server) {
		return Contexts.start(Map.of("providers.sunor.api-key", API_KEY, "providers.sunor.base-url",
				server.url() + "/api/v1", "providers.sunor.rate-limit.enabled", "false"));
	}

	/**
	 * The baseline: a plain {@code RestClient} on what Spring Boot's JDK request factory
	 * builder makes for a provider, with nothing else.
	 * @param baseUrl the base URL
	 * @return the client
	 */
	public static RestClient plainClient(String baseUrl) {
		return plainClient(baseUrl, Map.of());
	}

	/**
	 * The baseline with fixed headers, as an application without the starter would send
	 * its key: the same bytes on the wire as the starter's client, without its
	 * interceptors.
	 * @param baseUrl the base URL
	 * @param defaultHeaders headers sent with every request
	 * @return the client
	 */
	public static RestClient plainClient(String baseUrl, Map<String, String> defaultHeaders) {
		return RestClient.builder()
			.requestFactory(plainRequestFactory())
			.baseUrl(baseUrl)
			.defaultHeaders((headers) -> defaultHeaders.forEach(headers::set))
			.build();
	}

	/**
	 * The request factory Spring Boot builds for a provider client: the detected builder
	 * (the JDK one here) with redirects off and the starter's default timeouts. Unlike
	 * {@link #plainRequestFactory()} its {@code HttpClient} has the default proxy selector.
	 * @return a new request factory
	 */
	public static ClientHttpRequestFactory bootRequestFactory() {
		return ClientHttpRequestFactoryBuilder.detect()
			.build(HttpClientSettings.defaults()
				.withRedirects(HttpRedirects.DONT_FOLLOW)
				.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(120)));
	}

	/**
	 * A JDK {@link HttpClient} request factory set up as Spring Boot sets up a provider's:
	 * redirects off, connect timeout 10 s, read timeout 120 s.
	 * @return a new request factory with its own {@code HttpClient}
	 */
	public static JdkClientHttpRequestFactory plainRequestFactory() {
		HttpClient httpClient = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(Duration.ofSeconds(120));
		return requestFactory;
	}

}
