package io.github.genmedia.providers.retry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.genmedia.providers.auth.ApiKeyInterceptor;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.OriginGuard;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.error.ProviderErrorHandler;
import io.github.genmedia.providers.error.ProviderException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the retry layer puts on the wire, against a real HTTP server and the JDK client:
 * how many attempts, with what in them, after which waits, and what the caller gets.
 */
class RetryInterceptorWireTest {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** Waits of 10 and 20 ms, so that a test with three attempts spends 30 ms waiting. */
	private static final RetrySettings FAST = RetrySettings.defaults()
		.withInitialInterval(Duration.ofMillis(10))
		.withMaxInterval(Duration.ofMillis(40))
		.withJitter(Duration.ZERO);

	private static final String SONGS = "/v1/songs";

	private final List<RetryOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

	private final RetryObserver observer = (name, outcome) -> {
		assertThat(name).isEqualTo("sunor");
		this.outcomes.add(outcome);
	};

	private final List<Duration> waits = new ArrayList<>();

	/** Records the waits it is asked for and spends none of them. */
	private final Sleeper recordingSleeper = this.waits::add;

	private Logger logger;

	private ListAppender<ILoggingEvent> logLines;

	@AfterEach
	void detachLogCapture() {
		if (this.logger != null) {
			this.logger.detachAppender(this.logLines);
			this.logger.setLevel(null);
			this.logger.setAdditive(true);
		}
	}

	@Test
	void serviceUnavailableTwiceThenOkIsOneCallAndThreeRequests() {
		stubSequence(() -> get(SONGS), status(503), status(503), ok("[\"jazz\"]"));

		String body = client(FAST).get().uri(SONGS).retrieve().body(String.class);

		assertThat(body).isEqualTo("[\"jazz\"]");
		provider.verify(3, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.outcomes).containsExactly(RetryOutcome.RETRIED, RetryOutcome.RETRIED,
				RetryOutcome.SUCCEEDED_AFTER_RETRY);
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 429, 502, 503, 504 })
	void everyTransientStatusIsRetried(int status) {
		stubSequence(() -> get(SONGS), status(status), ok("ok"));

		assertThat(client(FAST).get().uri(SONGS).retrieve().body(String.class)).isEqualTo("ok");

		provider.verify(2, getRequestedFor(urlEqualTo(SONGS)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 409, 422, 500, 501 })
	void anyOtherErrorStatusIsAttemptedOnceAndMappedAsUsual(int status) {
		provider.stubFor(get(SONGS).willReturn(status(status)));

		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> client(FAST).get().uri(SONGS).retrieve().body(String.class))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(status));

		provider.verify(1, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.outcomes).isEmpty();
	}

	@Test
	void whenEveryAttemptFailsTheCallerGetsTheLastResponseThroughTheErrorHandler() {
		stubSequence(() -> get(SONGS), status(503), status(502),
				status(504).withHeader("Content-Type", "application/json").withBody("{\"message\":\"upstream slow\"}"));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> client(FAST).get().uri(SONGS).retrieve().body(String.class))
			.withMessage("Provider 'sunor' answered HTTP 504 Gateway Timeout: upstream slow");

		provider.verify(3, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.outcomes).containsExactly(RetryOutcome.RETRIED, RetryOutcome.RETRIED, RetryOutcome.EXHAUSTED);
	}

	@Test
	void retryThatEndsInAnotherErrorCountsAsFailedAfterRetry() {
		stubSequence(() -> get(SONGS), status(503), status(500));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> client(FAST).get().uri(SONGS).retrieve().body(String.class));

		provider.verify(2, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.outcomes).containsExactly(RetryOutcome.RETRIED, RetryOutcome.FAILED_AFTER_RETRY);
	}

	@Test
	void tooManyRequestsWithRetryAfterOneSecondWaitsASecond() {
		stubSequence(() -> get(SONGS), status(429).withHeader(HttpHeaders.RETRY_AFTER, "1"), ok("ok"));

		String body = recording(FAST).get().uri(SONGS).retrieve().body(String.class);

		assertThat(body).isEqualTo("ok");
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1));
		provider.verify(2, getRequestedFor(urlEqualTo(SONGS)));
	}

	@Test
	void retryAfterLongerThanAllowedFailsAtOnceWithTheRequestedWait() {
		provider.stubFor(get(SONGS).willReturn(status(429).withHeader(HttpHeaders.RETRY_AFTER, "3600")));
		captureLogLines();

		assertThatExceptionOfType(RetryAfterTooLongException.class)
			.isThrownBy(() -> recording(FAST).get().uri(SONGS).retrieve().body(String.class))
			.withMessage("Provider 'sunor' asked to retry after PT1H (Retry-After: 3600), "
					+ "longer than its retry.max-retry-after (PT30S)")
			.satisfies((ex) -> {
				assertThat(ex.getRequestedWait()).isEqualTo(Duration.ofHours(1));
				assertThat(ex.getMaxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
				assertThat(ex.getProvider()).isEqualTo("sunor");
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(429));
			});

		assertThat(this.waits).as("failed at once").isEmpty();
		provider.verify(1, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.outcomes).containsExactly(RetryOutcome.RETRY_AFTER_TOO_LONG);
		assertThat(this.logLines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Not retrying GET /v1/songs for provider 'sunor': HTTP 429 asked to wait PT1H, "
					+ "longer than PT30S");
	}

	@Test
	void retryAfterAsAnHttpDateTooFarAheadFailsAtOnce() {
		provider.stubFor(get(SONGS).willReturn(
				status(503).withHeader(HttpHeaders.RETRY_AFTER, httpDate(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1)))));

		assertThatExceptionOfType(RetryAfterTooLongException.class)
			.isThrownBy(() -> client(FAST).get().uri(SONGS).retrieve().body(String.class))
			.satisfies((ex) -> {
				assertThat(ex.getRequestedWait()).isBetween(Duration.ofMinutes(59).plusSeconds(57),
						Duration.ofHours(1));
				assertThat(ex.getStatusCode().value()).isEqualTo(503);
				assertThat(ex.getMessage()).startsWith("Provider 'sunor' asked to retry after PT59M")
					.contains(" GMT), longer than its retry.max-retry-after (PT30S)");
			});

		provider.verify(1, getRequestedFor(urlEqualTo(SONGS)));
	}

	@Test
	void retryAfterAsAnHttpDateIsWaitedFor() {
		// Far enough ahead that the whole seconds of the date and a busy machine leave most of it.
		String inTenSeconds = httpDate(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
		stubSequence(() -> get(SONGS), status(503).withHeader(HttpHeaders.RETRY_AFTER, inTenSeconds), ok("ok"));

		String body = client(new RetryInterceptor("sunor", FAST, this.observer, this.recordingSleeper)).get().uri(SONGS).retrieve().body(String.class);

		assertThat(body).isEqualTo("ok");
		assertThat(this.waits).singleElement()
			.satisfies((wait) -> assertThat(wait).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10)));
	}

	@Test
	void retryAfterWithinTheLimitReplacesTheBackoff() {
		stubSequence(() -> get(SONGS), status(429).withHeader(HttpHeaders.RETRY_AFTER, "0"),
				status(503).withHeader(HttpHeaders.RETRY_AFTER, "30"), ok("ok"));

		client(new RetryInterceptor("sunor", FAST, this.observer, this.recordingSleeper)).get().uri(SONGS).retrieve().body(String.class);

		assertThat(this.waits).containsExactly(Duration.ZERO, Duration.ofSeconds(30));
	}

	@Test
	void retryAfterOnOtherStatusesAndUnreadableRetryAfterLeaveTheBackoffInCharge() {
		stubSequence(() -> get(SONGS), status(502).withHeader(HttpHeaders.RETRY_AFTER, "3600"),
				status(503).withHeader(HttpHeaders.RETRY_AFTER, "soon"), ok("ok"));

		assertThat(client(new RetryInterceptor("sunor", FAST, this.observer, this.recordingSleeper)).get().uri(SONGS).retrieve().body(String.class))
			.isEqualTo("ok");

		assertThat(this.waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
	}

	@Test
	void postIsAttemptedOnceByDefault() {
		provider.stubFor(post("/v1/generate").willReturn(status(503)));

		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> client(FAST).post()
			.uri("/v1/generate")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"prompt\":\"jazz\"}")
			.retrieve()
			.toBodilessEntity()).withMessage("Provider 'sunor' answered HTTP 503 Service Unavailable");

		provider.verify(1, anyRequestedFor(anyUrl()));
		assertThat(this.outcomes).isEmpty();
	}

	@Test
	void patchIsAttemptedOnceByDefault() {
		provider.stubFor(patch(urlEqualTo("/v1/songs/1")).willReturn(status(503)));

		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(
				() -> client(FAST).patch().uri("/v1/songs/1").body("{\"title\":\"x\"}").retrieve().toBodilessEntity());

		provider.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void postIsNotRetriedEvenForALongRetryAfterByDefault() {
		provider.stubFor(post("/v1/generate").willReturn(status(429).withHeader(HttpHeaders.RETRY_AFTER, "3600")));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> client(FAST).post().uri("/v1/generate").body("{}").retrieve().toBodilessEntity())
			.isNotInstanceOf(RetryAfterTooLongException.class);
	}

	@Test
	void postWhenAllowedIsRetriedWithTheSameBodyEachTime() {
		String json = "{\"prompt\":\"smooth jazz, 90 bpm\",\"instrumental\":true}";
		stubSequence(() -> post("/v1/generate"), status(503), status(503), ok("{\"id\":\"job-1\"}"));

		String body = client(FAST.withNonIdempotent(true)).post()
			.uri("/v1/generate")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.body(String.class);

		assertThat(body).isEqualTo("{\"id\":\"job-1\"}");
		provider.verify(3, postRequestedFor(urlEqualTo("/v1/generate")).withRequestBody(equalTo(json))
			.withHeader(HttpHeaders.CONTENT_TYPE, equalTo("application/json")));
		provider.verify(3, anyRequestedFor(anyUrl()));
	}

	@Test
	void binaryBodyIsReplayedByteForByte() {
		byte[] audio = new byte[64 * 1024];
		new Random(42).nextBytes(audio);
		stubSequence(() -> post("/v1/upload"), status(502), status(504), ok());

		client(FAST.withNonIdempotent(true)).post()
			.uri("/v1/upload")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(audio)
			.retrieve()
			.toBodilessEntity();

		provider.verify(3, postRequestedFor(urlEqualTo("/v1/upload")).withRequestBody(binaryEqualTo(audio)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "HEAD", "OPTIONS", "PUT", "DELETE" })
	void idempotentMethodsAreRetried(String method) {
		stubSequence(() -> request(method, urlEqualTo("/v1/songs/1")), status(503), status(503), ok());

		client(FAST).method(HttpMethod.valueOf(method)).uri("/v1/songs/1").retrieve().toBodilessEntity();

		provider.verify(3,
				RequestPatternBuilder.newRequestPattern(RequestMethod.fromString(method), urlEqualTo("/v1/songs/1")));
	}

	@Test
	void maxAttemptsIsRespectedAndOnlyTheBackoffBetweenThemIsWaited() {
		provider.stubFor(get(SONGS).willReturn(status(503)));
		RetrySettings settings = FAST.withMaxAttempts(2)
			.withInitialInterval(Duration.ofMillis(200))
			.withMaxInterval(Duration.ofSeconds(1));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> recording(settings).get().uri(SONGS).retrieve().body(String.class));

		provider.verify(2, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.waits).containsExactly(Duration.ofMillis(200));
	}

	@Test
	void threeAttemptsWaitTheGrowingBackoffAndNoMore() {
		provider.stubFor(get(SONGS).willReturn(status(503)));
		RetrySettings settings = FAST.withInitialInterval(Duration.ofMillis(100)).withMaxInterval(Duration.ofSeconds(1));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> recording(settings).get().uri(SONGS).retrieve().body(String.class));

		provider.verify(3, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
	}

	@Test
	void disabledRetryMakesOneAttempt() {
		provider.stubFor(get(SONGS).willReturn(status(503)));
		RetryInterceptor interceptor = new RetryInterceptor("sunor", FAST.withEnabled(false), this.observer,
				this.recordingSleeper);

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> client(interceptor).get().uri(SONGS).retrieve().body(String.class));

		assertThat(this.waits).isEmpty();
		provider.verify(1, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.outcomes).isEmpty();
		assertThat(interceptor).hasToString("RetryInterceptor[sunor, disabled]");
	}

	@Test
	void oneAttemptMeansNoRetry() {
		provider.stubFor(get(SONGS).willReturn(status(503)));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> client(FAST.withMaxAttempts(1)).get().uri(SONGS).retrieve().body(String.class));

		provider.verify(1, getRequestedFor(urlEqualTo(SONGS)));
	}

	@Test
	void connectionResetBeforeAnyResponseIsRetried() {
		stubSequence(() -> get(SONGS), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok("ok"));

		assertThat(client(FAST).get().uri(SONGS).retrieve().body(String.class)).isEqualTo("ok");

		provider.verify(2, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.outcomes).containsExactly(RetryOutcome.RETRIED, RetryOutcome.SUCCEEDED_AFTER_RETRY);
	}

	@Test
	void connectionRefusedIsRetriedUntilTheServerIsUp() throws IOException {
		int port = freePort();
		WireMockServer late = new WireMockServer(wireMockConfig().port(port));
		Sleeper startsTheServer = (wait) -> {
			if (!late.isRunning()) {
				late.start();
				late.stubFor(get(SONGS).willReturn(ok("up at last")));
			}
		};
		try {
			RestClient client = client(new RetryInterceptor("sunor", FAST, this.observer, startsTheServer),
					(builder) -> builder.baseUrl("http://localhost:" + port));

			assertThat(client.get().uri(SONGS).retrieve().body(String.class)).isEqualTo("up at last");

			late.verify(1, getRequestedFor(urlEqualTo(SONGS)));
			assertThat(this.outcomes).containsExactly(RetryOutcome.RETRIED, RetryOutcome.SUCCEEDED_AFTER_RETRY);
		}
		finally {
			late.stop();
		}
	}

	@Test
	void whenEveryAttemptFailsWithAnExceptionTheLastOneIsThrown() throws IOException {
		int closedPort = freePort();
		RestClient client = client(new RetryInterceptor("sunor", FAST, this.observer, this.recordingSleeper),
				(builder) -> builder.baseUrl("http://localhost:" + closedPort));

		assertThatExceptionOfType(ResourceAccessException.class)
			.isThrownBy(() -> client.get().uri(SONGS).retrieve().body(String.class))
			.withCauseInstanceOf(ConnectException.class);

		assertThat(this.waits).hasSize(2);
		assertThat(this.outcomes).containsExactly(RetryOutcome.RETRIED, RetryOutcome.RETRIED, RetryOutcome.EXHAUSTED);
	}

	@Test
	void readTimeoutBeforeAnyResponseIsRetried() {
		stubSequence(() -> get(SONGS), ok("slow").withFixedDelay(2000), ok("fast"));
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient());
		requestFactory.setReadTimeout(Duration.ofMillis(250));
		this.captureLogLines();

		String body = client(new RetryInterceptor("sunor", FAST, this.observer),
				(builder) -> builder.requestFactory(requestFactory)).get().uri(SONGS).retrieve().body(String.class);

		// The slow answer would have said "slow": the first attempt was given up at its timeout.
		assertThat(body).isEqualTo("fast");
		provider.verify(2, getRequestedFor(urlEqualTo(SONGS)));
		assertThat(this.logLines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Retrying GET /v1/songs for provider 'sunor' in 10 ms after "
					+ HttpTimeoutException.class.getName() + " (attempt 2 of 3)");
	}

	@Test
	void responseOfAFailedAttemptIsClosedBeforeTheNextAttempt() {
		stubSequence(() -> get(SONGS), status(503).withBody("busy"), status(503).withBody("busy"), ok("ok"));
		List<TrackingResponse> responses = new ArrayList<>();
		List<Boolean> previousClosed = new ArrayList<>();
		ClientHttpRequestInterceptor tracking = (request, body, execution) -> {
			previousClosed.add(responses.stream().allMatch(TrackingResponse::isClosed));
			TrackingResponse response = new TrackingResponse(execution.execute(request, body));
			responses.add(response);
			return response;
		};

		client(FAST, (builder) -> builder.requestInterceptor(tracking)).get().uri(SONGS).retrieve().body(String.class);

		assertThat(previousClosed).containsExactly(true, true, true);
		assertThat(responses).hasSize(3);
	}

	@Test
	void interruptedWaitClosesTheResponseAndFailsTheCall() {
		provider.stubFor(get(SONGS).willReturn(status(503)));
		List<TrackingResponse> responses = new ArrayList<>();
		ClientHttpRequestInterceptor tracking = (request, body, execution) -> {
			TrackingResponse response = new TrackingResponse(execution.execute(request, body));
			responses.add(response);
			return response;
		};
		Sleeper interrupted = (wait) -> {
			throw new InterruptedException();
		};
		RestClient client = client(new RetryInterceptor("sunor", FAST, this.observer, interrupted),
				(builder) -> builder.requestInterceptor(tracking));
		try {
			assertThatExceptionOfType(ResourceAccessException.class)
				.isThrownBy(() -> client.get().uri(SONGS).retrieve().body(String.class))
				.withCauseInstanceOf(InterruptedIOException.class);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
		assertThat(responses).singleElement().satisfies((response) -> assertThat(response.isClosed()).isTrue());
		assertThat(this.outcomes).containsExactly(RetryOutcome.RETRIED, RetryOutcome.FAILED_AFTER_RETRY);
	}

	@Test
	void eachAttemptStartsFromTheHeadersTheRequestHadWhenItReachedTheRetry() {
		stubSequence(() -> get(SONGS), status(503), status(503), ok());
		ClientHttpRequestInterceptor addsAHeader = (request, body, execution) -> {
			request.getHeaders().add("X-Trace", "hop");
			return execution.execute(request, body);
		};

		client(FAST, (builder) -> builder.requestInterceptor(addsAHeader)).get()
			.uri(SONGS)
			.header("X-Request-Id", "req-17")
			.retrieve()
			.toBodilessEntity();

		List<LoggedRequest> requests = provider.findAll(getRequestedFor(urlEqualTo(SONGS)));
		assertThat(requests).hasSize(3).allSatisfy((request) -> {
			assertThat(request.header("X-Trace").values()).containsExactly("hop");
			assertThat(request.header("X-Request-Id").values()).containsExactly("req-17");
		});
	}

	@Test
	void credentialIsAppliedToEveryAttemptWhenTheRetryComesFirst() {
		stubSequence(() -> get(SONGS), status(503), status(503), ok());
		ProviderDefinition definition = new ProviderDefinition("sunor", URI.create(provider.baseUrl()),
				ProviderAuth.header("x-api-key", null), Credential.of("sunor-key-7d1e"), null, null, Map.of(), FAST);
		RestClient.Builder builder = ProviderPipeline.builder(definition)
			.retryObserver(this.observer)
			.build()
			.applyTo(RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(httpClient())));

		builder.build().get().uri(SONGS).retrieve().toBodilessEntity();

		provider.verify(3, getRequestedFor(urlEqualTo(SONGS)).withHeader("x-api-key", equalTo("sunor-key-7d1e")));
	}

	@Test
	void credentialOfAnInterceptorBehindTheRetryIsOnEveryAttempt() {
		stubSequence(() -> get(SONGS), status(503), ok());
		ProviderDefinition definition = new ProviderDefinition("whisul", URI.create(provider.baseUrl()),
				ProviderAuth.bearer(null), Credential.of("whisul-key-0c4f"), null, null, Map.of(), FAST);

		client(FAST, (builder) -> builder.requestInterceptor(OriginGuard.of(definition.origin(),
				new ApiKeyInterceptor(HttpHeaders.AUTHORIZATION, definition.auth()::headerValue,
						definition.credential())))).get()
			.uri(SONGS)
			.retrieve()
			.toBodilessEntity();

		provider.verify(2, getRequestedFor(urlEqualTo(SONGS)).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer whisul-key-0c4f")));
	}

	@Test
	void debugLineNamesProviderMethodPathStatusAndWaitButNoQueryNorHeaderValue() {
		stubSequence(() -> get(urlPathEqualTo(SONGS)), status(503), ok());
		captureLogLines();

		client(FAST).get()
			.uri(SONGS + "?token=secret-query-value&page=2")
			.header("x-api-key", "header-secret-value")
			.retrieve()
			.toBodilessEntity();

		provider.verify(2, getRequestedFor(urlEqualTo(SONGS + "?token=secret-query-value&page=2")));
		assertThat(this.logLines.list).singleElement().satisfies((line) -> {
			assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(line.getFormattedMessage())
				.isEqualTo("Retrying GET /v1/songs for provider 'sunor' in 10 ms after HTTP 503 (attempt 2 of 3)");
		});
	}

	@Test
	void noLineCarriesTheQueryWhenTheRetriesRunOut() {
		provider.stubFor(get(urlPathEqualTo(SONGS)).willReturn(status(503)));
		captureLogLines();

		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(
				() -> client(FAST).get().uri(SONGS + "?token=secret-query-value").retrieve().toBodilessEntity());

		assertThat(this.logLines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Retrying GET /v1/songs for provider 'sunor' in 10 ms after HTTP 503 (attempt 2 of 3)",
					"Retrying GET /v1/songs for provider 'sunor' in 20 ms after HTTP 503 (attempt 3 of 3)",
					"Giving up GET /v1/songs for provider 'sunor': attempt 3 of 3 failed with HTTP 503")
			.noneMatch((line) -> line.contains("secret") || line.contains("token"));
	}

	@Test
	void micrometerCountsRetriesAndHowTheyEnded() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		RetryInterceptor interceptor = new RetryInterceptor("sunor", FAST, new MicrometerRetryObserver(registry));
		RestClient client = client(interceptor);
		stubSequence(() -> get(SONGS), status(503), status(503), ok());
		provider.stubFor(get("/v1/down").willReturn(status(503)));
		provider.stubFor(get("/v1/throttled").willReturn(status(429).withHeader(HttpHeaders.RETRY_AFTER, "3600")));

		client.get().uri(SONGS).retrieve().toBodilessEntity();
		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> client.get().uri("/v1/down").retrieve().toBodilessEntity());
		assertThatExceptionOfType(RetryAfterTooLongException.class)
			.isThrownBy(() -> client.get().uri("/v1/throttled").retrieve().toBodilessEntity());

		assertThat(count(registry, "retried")).isEqualTo(4);
		assertThat(count(registry, "succeeded_after_retry")).isEqualTo(1);
		assertThat(count(registry, "exhausted")).isEqualTo(1);
		assertThat(count(registry, "retry_after_too_long")).isEqualTo(1);
	}

	@Test
	void failingObserverDoesNotFailTheRequest() {
		stubSequence(() -> get(SONGS), status(503), ok("ok"));
		RetryObserver broken = (name, outcome) -> {
			throw new IllegalStateException("metrics backend down");
		};
		captureLogLines();

		String body = client(new RetryInterceptor("sunor", FAST, broken)).get().uri(SONGS).retrieve().body(String.class);

		assertThat(body).isEqualTo("ok");
		assertThat(this.logLines.list).filteredOn((line) -> line.getLevel() == Level.WARN)
			.extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("RetryObserver failed to record 'retried' for provider 'sunor'",
					"RetryObserver failed to record 'succeeded_after_retry' for provider 'sunor'");
	}

	private static double count(SimpleMeterRegistry registry, String outcome) {
		return registry.get("genmedia.provider.retries").tag("provider", "sunor").tag("outcome", outcome).counter()
			.count();
	}

	/**
	 * Stub a request whose answers change from attempt to attempt; the last answer
	 * repeats.
	 */
	private static void stubSequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
		String scenario = UUID.randomUUID().toString();
		for (int i = 0; i < responses.length; i++) {
			ScenarioMappingBuilder mapping = request.get()
				.inScenario(scenario)
				.whenScenarioStateIs((i == 0) ? Scenario.STARTED : "attempt " + (i + 1))
				.willReturn(responses[i]);
			if (i < responses.length - 1) {
				mapping = mapping.willSetStateTo("attempt " + (i + 2));
			}
			provider.stubFor(mapping);
		}
	}

	private void captureLogLines() {
		this.logger = (Logger) LoggerFactory.getLogger(RetryInterceptor.class);
		this.logLines = new ListAppender<>();
		this.logLines.start();
		this.logger.addAppender(this.logLines);
		this.logger.setLevel(Level.DEBUG);
		this.logger.setAdditive(false);
	}

	private static String httpDate(ZonedDateTime time) {
		HttpHeaders headers = new HttpHeaders();
		headers.setZonedDateTime(HttpHeaders.RETRY_AFTER, time);
		return headers.getFirst(HttpHeaders.RETRY_AFTER);
	}

	/** Generous, for a loaded CI machine; still far below a second wait of any kind. */
	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static HttpClient httpClient() {
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
	}

	private RestClient client(RetrySettings settings) {
		return client(new RetryInterceptor("sunor", settings, this.observer));
	}

	/** A client whose retries record the waits they are asked for instead of spending them. */
	private RestClient recording(RetrySettings settings) {
		return client(new RetryInterceptor("sunor", settings, this.observer, this.recordingSleeper));
	}

	private static RestClient client(RetryInterceptor retry) {
		return client(retry, (builder) -> {
		});
	}

	private RestClient client(RetrySettings settings, Consumer<RestClient.Builder> customizer) {
		return client(new RetryInterceptor("sunor", settings, this.observer), customizer);
	}

	private static RestClient client(RetryInterceptor retry, Consumer<RestClient.Builder> customizer) {
		RestClient.Builder builder = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory(httpClient()))
			.requestInterceptor(retry)
			.baseUrl(provider.baseUrl())
			.defaultStatusHandler(HttpStatusCode::isError, new ProviderErrorHandler("sunor", null));
		customizer.accept(builder);
		return builder.build();
	}

}
