package io.github.genmedia.providers.ratelimit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.activity.ProviderActivity;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.retry.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.support.HttpRequestWrapper;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The rate-limit stage on the wire: a permit per attempt, the provider's headers
 * tightening the limit, a 429 pausing every caller, refusals and requests in flight.
 */
class RateLimitInterceptorWireTest {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension cdn = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final RetrySettings FAST_RETRIES = RetrySettings.defaults()
		.withInitialInterval(Duration.ofMillis(5))
		.withMaxInterval(Duration.ofMillis(10))
		.withJitter(Duration.ZERO);

	/** 6,000 a minute: a permit every 10 ms, so the tests wait little. */
	private static final RateLimitSettings FAST = RateLimitSettings.of(6000, Duration.ofMinutes(1));

	private final Waits waits = new Waits();

	@Test
	void everyAttemptTakesAPermitOfItsOwn() {
		provider.stubFor(get("/songs").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("again"));
		provider.stubFor(get("/songs").inScenario("flaky").whenScenarioStateIs("again")
			.willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
		provider.stubFor(get("/songs").inScenario("flaky").whenScenarioStateIs("up").willReturn(ok("[]")));
		RestClient client = client(FAST, Bucket4jRateLimiter.local("sunor", FAST));

		assertThat(client.get().uri("/songs").retrieve().body(String.class)).isEqualTo("[]");

		provider.verify(3, getRequestedFor(urlEqualTo("/songs")));
		assertThat(this.waits.permitted).hasSize(3);
	}

	@Test
	void remainingZeroOnAnAnswerMakesTheNextRequestWaitForItsTurn() {
		// 300 a minute: a permit every 204 ms; each answer takes 300 ms of the limiters' time
		// (which only the test moves), so a permit is back when it arrives.
		RateLimitSettings settings = RateLimitSettings.of(300, Duration.ofMinutes(1));
		provider.stubFor(get("/exhausted").willReturn(ok("{}").withHeader("X-RateLimit-Remaining", "0")));
		provider.stubFor(get("/plenty").willReturn(ok("{}").withHeader("X-RateLimit-Remaining", "57")));
		provider.stubFor(get("/next").willReturn(ok("{}")));
		FakeTime plentyTime = new FakeTime();
		FakeTime exhaustedTime = new FakeTime();

		RestClient plenty = client(settings, Bucket4jRateLimiter.local("sunor", settings, plentyTime.timing()),
				answeringAfter(plentyTime, Duration.ofMillis(300)));
		plenty.get().uri("/plenty").retrieve().toBodilessEntity();
		plenty.get().uri("/next").retrieve().toBodilessEntity();
		RestClient exhausted = client(settings, Bucket4jRateLimiter.local("sunor", settings, exhaustedTime.timing()),
				answeringAfter(exhaustedTime, Duration.ofMillis(300)));
		exhausted.get().uri("/exhausted").retrieve().toBodilessEntity();
		exhausted.get().uri("/next").retrieve().toBodilessEntity();

		assertThat(plentyTime.waits()).as("budget left: the turn is there").isEmpty();
		assertThat(exhaustedTime.waits()).as("the provider's window is spent: a turn from the answer")
			.singleElement()
			.satisfies((wait) -> assertThat(wait).isCloseTo(settings.spacing(), Duration.ofMillis(1)));
	}

	@Test
	void a429WithRetryAfterPausesEveryCallerOfTheProvider() throws Exception {
		provider.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
		provider.stubFor(get("/songs").willReturn(ok("[]")));
		Bucket4jRateLimiter limiter = Bucket4jRateLimiter.local("sunor", FAST);
		// Two clients of one provider (its RestClient and its typed API, say) share the limiter.
		RestClient once = client(FAST, limiter, RetrySettings.defaults().withEnabled(false));
		RestClient other = client(FAST, limiter);

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> once.get().uri("/busy").retrieve().toBodilessEntity());
		ExecutorService callers = Executors.newFixedThreadPool(3);
		try {
			List<Future<String>> calls = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				calls.add(callers.submit(() -> other.get().uri("/songs").retrieve().body(String.class)));
			}
			for (Future<String> call : calls) {
				assertThat(call.get()).isEqualTo("[]");
			}
		}
		finally {
			callers.shutdownNow();
		}

		// By the stand-in's clock, so that a busy machine's delays only add to it: every call
		// arrived a Retry-After after the 429 was asked for.
		Instant busy = arrivals("/busy").get(0);
		assertThat(arrivals("/songs")).hasSize(3)
			.allSatisfy((songs) -> assertThat(Duration.between(busy, songs)).isGreaterThanOrEqualTo(Duration.ofMillis(950)));
	}

	@Test
	void aRetried429WaitsForItsRetryAfterOnceNotTwice() {
		provider.stubFor(get("/busy").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("free"));
		provider.stubFor(get("/busy").inScenario("busy").whenScenarioStateIs("free").willReturn(ok("done")));
		RestClient client = client(FAST, Bucket4jRateLimiter.local("sunor", FAST));

		assertThat(client.get().uri("/busy").retrieve().body(String.class)).isEqualTo("done");

		List<Instant> attempts = arrivals("/busy");
		assertThat(Duration.between(attempts.get(0), attempts.get(1))).as("the Retry-After was waited")
			.isGreaterThanOrEqualTo(Duration.ofMillis(950));
		// The retry's own wait outlasted the pause the 429 taught: its permit came at once,
		// where waiting twice would have taken another second.
		assertThat(this.waits.permitted).hasSize(2);
		assertThat(this.waits.permitted.get(1)).as("the retried attempt's wait for its permit")
			.isLessThan(Duration.ofMillis(500));
	}

	@Test
	void noPermitWithinMaxWaitFailsUnsentWithTheWaitItWouldNeed() {
		provider.stubFor(get("/songs").willReturn(ok("[]")));
		FakeTime time = new FakeTime();
		RateLimitSettings settings = RateLimitSettings.of(60, Duration.ofMinutes(1)).withMaxWait(Duration.ofMillis(250));
		ProviderActivity activity = new ProviderActivity();
		RestClient client = ProviderPipeline.builder(definition(settings, FAST_RETRIES))
			.activity(activity)
			.rateLimiter(Bucket4jRateLimiter.local("sunor", settings, time.timing()))
			.rateLimitObserver(this.waits)
			.requestFactory(library())
			.build()
			.applyTo(RestClient.builder())
			.build();
		client.get().uri("/songs").retrieve().toBodilessEntity();

		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> client.get().uri("/songs").retrieve().toBodilessEntity())
			.withMessage("Provider 'sunor': no rate-limit permit within rate-limit.max-wait (PT0.25S); a request would "
					+ "have to wait PT1.021S (60 requests per PT1M)");
		provider.verify(1, getRequestedFor(urlEqualTo("/songs")));
		assertThat(this.waits.refused).hasValue(1);
		// The provider never saw it: health counts no failure.
		assertThat(activity.snapshot().consecutiveFailures()).isZero();
		assertThat(activity.snapshot().lastStatus()).isEqualTo(200);
	}

	@Test
	void aCallerInterruptedWhileItWaitsForItsPermitCountsNoFailureAgainstTheProvider() throws Exception {
		provider.stubFor(get("/songs").willReturn(ok("[]")));
		RateLimitSettings settings = RateLimitSettings.of(1, Duration.ofMinutes(1)).withMaxWait(Duration.ofMinutes(2));
		ProviderActivity activity = new ProviderActivity();
		RestClient client = ProviderPipeline.builder(definition(settings, RetrySettings.defaults().withEnabled(false)))
			.activity(activity)
			.requestFactory(library())
			.build()
			.applyTo(RestClient.builder())
			.build();
		client.get().uri("/songs").retrieve().toBodilessEntity();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread waiting = new Thread(() -> {
			try {
				client.get().uri("/songs").retrieve().toBodilessEntity();
			}
			catch (RuntimeException ex) {
				failure.set(ex);
			}
		});
		waiting.start();
		// Interrupted once it waits for its permit (a minute away), however long it took to get there.
		await().atMost(Duration.ofSeconds(30)).until(() -> waiting.getState() == Thread.State.TIMED_WAITING);
		waiting.interrupt();
		waiting.join(5000);

		assertThat(failure.get()).isInstanceOf(ResourceAccessException.class)
			.hasCauseInstanceOf(java.io.InterruptedIOException.class);
		provider.verify(1, getRequestedFor(urlEqualTo("/songs")));
		assertThat(activity.snapshot().consecutiveFailures()).isZero();
		assertThat(activity.snapshot().lastError()).isNull();
	}

	@Test
	void requestsInFlightNeverExceedMaxConcurrent() throws Exception {
		provider.stubFor(get("/render").willReturn(ok("{}").withFixedDelay(200)));
		RateLimitSettings settings = RateLimitSettings.concurrency(2);
		InFlight inFlight = new InFlight(library());
		RestClient client = ProviderPipeline.builder(definition(settings, FAST_RETRIES))
			.rateLimiter(Bucket4jRateLimiter.local("autype", settings))
			.requestFactory(inFlight)
			.build()
			.applyTo(RestClient.builder())
			.build();

		ExecutorService callers = Executors.newFixedThreadPool(6);
		try {
			List<Future<String>> calls = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				calls.add(callers.submit(() -> client.get().uri("/render").retrieve().body(String.class)));
			}
			for (Future<String> call : calls) {
				assertThat(call.get()).isEqualTo("{}");
			}
		}
		finally {
			callers.shutdownNow();
		}

		provider.verify(6, getRequestedFor(urlEqualTo("/render")));
		assertThat(inFlight.most.get()).isEqualTo(2);
	}

	@Test
	void aHopToAnotherOriginTakesNoPermit() {
		cdn.stubFor(get("/file.pdf").willReturn(ok("%PDF")));
		provider.stubFor(get("/download").willReturn(aResponse().withStatus(302)
			.withHeader("Location", cdn.baseUrl() + "/file.pdf")));
		RestClient client = client(FAST, Bucket4jRateLimiter.local("autype", FAST));

		assertThat(client.get().uri("/download").retrieve().body(String.class)).isEqualTo("%PDF");

		assertThat(this.waits.permitted).hasSize(1);
	}

	@Test
	void theStageNamesItsProviderAndLimiter() {
		RateLimitInterceptor stage = (RateLimitInterceptor) ProviderPipeline.builder(definition(FAST, FAST_RETRIES))
			.build()
			.stage(io.github.genmedia.providers.pipeline.PipelineStage.RATE_LIMIT);

		assertThat(stage).hasToString("RateLimitInterceptor[sunor, Bucket4jRateLimiter[sunor, 6000 requests per PT1M, local]]");
		assertThat(stage.limiter().state().settings()).isEqualTo(FAST);
	}

	private RestClient client(RateLimitSettings settings, RateLimiter limiter) {
		return client(settings, limiter, FAST_RETRIES);
	}

	private RestClient client(RateLimitSettings settings, RateLimiter limiter, RetrySettings retry) {
		return ProviderPipeline.builder(definition(settings, retry))
			.rateLimiter(limiter)
			.rateLimitObserver(this.waits)
			.requestFactory(library())
			.build()
			.applyTo(RestClient.builder())
			.build();
	}

	private RestClient client(RateLimitSettings settings, RateLimiter limiter, ClientHttpRequestFactory library) {
		return ProviderPipeline.builder(definition(settings, FAST_RETRIES))
			.rateLimiter(limiter)
			.rateLimitObserver(this.waits)
			.requestFactory(library)
			.build()
			.applyTo(RestClient.builder())
			.build();
	}

	/** When the stand-in received each request to a path, oldest first. */
	private static List<Instant> arrivals(String path) {
		return provider.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals(path))
			.map((event) -> event.getRequest().getLoggedDate().toInstant())
			.sorted()
			.toList();
	}

	/** The HTTP library, each answer taking the given time on the limiter's clock. */
	private static ClientHttpRequestFactory answeringAfter(FakeTime time, Duration answerTime) {
		ClientHttpRequestFactory library = library();
		return (uri, method) -> new Wrapped(library.createRequest(uri, method), (request) -> {
			ClientHttpResponse response = request.execute();
			time.advance(answerTime);
			return response;
		});
	}

	private static ProviderDefinition definition(RateLimitSettings settings, RetrySettings retry) {
		return new ProviderDefinition("sunor", URI.create(provider.baseUrl()), ProviderAuth.header("x-api-key", null),
				Credential.of("sunor-key-7d1e"), null, null, Map.of(), retry).withRateLimit(settings);
	}

	private static JdkClientHttpRequestFactory library() {
		return new JdkClientHttpRequestFactory(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
	}

	/** Records what the stage reports. */
	private static final class Waits implements RateLimitObserver {

		private final List<Duration> permitted = new CopyOnWriteArrayList<>();

		private final AtomicInteger refused = new AtomicInteger();

		@Override
		public void permitted(String provider, Duration waited) {
			this.permitted.add(waited);
		}

		@Override
		public void refused(String provider) {
			this.refused.incrementAndGet();
		}

	}

	/**
	 * The HTTP library's requests, counted while they are in flight. The first two wait
	 * for each other (at most 10 s) before they go, so that two are certainly in flight at
	 * once however the threads are scheduled; those after them go at once.
	 */
	private static final class InFlight implements ClientHttpRequestFactory {

		private final ClientHttpRequestFactory library;

		private final AtomicInteger now = new AtomicInteger();

		private final AtomicInteger most = new AtomicInteger();

		private final CountDownLatch firstTwo = new CountDownLatch(2);

		InFlight(ClientHttpRequestFactory library) {
			this.library = library;
		}

		@Override
		public ClientHttpRequest createRequest(URI uri, org.springframework.http.HttpMethod method) throws IOException {
			return new Wrapped(this.library.createRequest(uri, method), (request) -> {
				this.most.accumulateAndGet(this.now.incrementAndGet(), Math::max);
				try {
					this.firstTwo.countDown();
					this.firstTwo.await(10, TimeUnit.SECONDS);
					return request.execute();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new java.io.InterruptedIOException();
				}
				finally {
					this.now.decrementAndGet();
				}
			});
		}

	}

	/** How a wrapped request is executed. */
	@FunctionalInterface
	private interface Execution {

		ClientHttpResponse execute(ClientHttpRequest request) throws IOException;

	}

	/** A request of the HTTP library whose execution the test takes part in. */
	private static final class Wrapped extends HttpRequestWrapper implements ClientHttpRequest {

		private final ClientHttpRequest request;

		private final Execution execution;

		Wrapped(ClientHttpRequest request, Execution execution) {
			super(request);
			this.request = request;
			this.execution = execution;
		}

		@Override
		public java.io.OutputStream getBody() throws IOException {
			return this.request.getBody();
		}

		@Override
		public org.springframework.http.HttpHeaders getHeaders() {
			return this.request.getHeaders();
		}

		@Override
		public ClientHttpResponse execute() throws IOException {
			return this.execution.execute(this.request);
		}

	}

}
