package io.github.genmedia.providers.keys;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.ratelimit.Bucket4jRateLimiter;
import io.github.genmedia.providers.ratelimit.RateLimitExceededException;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.ratelimit.RateLimiters;
import io.github.genmedia.providers.retry.RetryAfter;
import io.github.genmedia.providers.retry.RetryAfterTooLongException;
import io.github.genmedia.providers.retry.RetrySettings;
import io.github.genmedia.providers.testsupport.SteppedClock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.InterceptingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A provider with two keys that answers every request with 429 and a {@code Retry-After}
 * no one should honour: a number of seconds beyond a {@code long}, one beyond what an
 * {@code Instant} holds, a day, a date in the year 9999. The call ends in the library's
 * own exception, every answer is closed, and neither a key nor the provider's budget
 * pauses longer than {@code rate-limit.max-pause}.
 */
class HostileRetryAfterWireTest {

	private static final String KEY_ONE = "sk-sunor-key-one-0000cccc";

	private static final String KEY_TWO = "sk-sunor-key-two-0000dddd";

	private static final Credential ONE = Credential.of(KEY_ONE);

	private static final Credential TWO = Credential.of(KEY_TWO);

	private static final RateLimitSettings LIMIT = RateLimitSettings.of(120, Duration.ofMinutes(1));

	@RegisterExtension
	static WireMockExtension sunor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SteppedClock clock = new SteppedClock(Instant.now());

	private final KeyRing ring = new KeyRing("sunor", KeySupply.fixed(List.of(ONE, TWO)), this.clock);

	private final Bucket4jRateLimiter first = Bucket4jRateLimiter.local("sunor", LIMIT);

	private final Bucket4jRateLimiter second = Bucket4jRateLimiter.local("sunor", LIMIT);

	private final List<Answer> answers = new CopyOnWriteArrayList<>();

	private final RestClient client = ProviderPipeline
		.builder(new ProviderDefinition("sunor", URI.create(sunor.baseUrl()), ProviderAuth.header("x-api-key", null),
				ONE, null, null, Map.of(), RetrySettings.defaults(), true, LIMIT))
		.keyRing(this.ring)
		.rateLimiters(RateLimiters.perKey(ONE, this.first, (key) -> this.second))
		.requestFactory(new InterceptingClientHttpRequestFactory(new JdkClientHttpRequestFactory(),
				List.of(tracking(this.answers))))
		.build()
		.applyTo(RestClient.builder())
		.build();

	@ParameterizedTest
	@ValueSource(strings = { "99999999999999999999", "99999999999999999", "86400", "Fri, 31 Dec 9999 23:59:59 GMT" })
	void aRetryAfterNoOneShouldHonourEndsInTheLibrarysOwnExceptionWithEveryAnswerClosed(String retryAfter) {
		sunor.stubFor(get("/songs").willReturn(aResponse().withStatus(429).withHeader("Retry-After", retryAfter)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":429,\"message\":\"Rate limit exceeded\"}")));

		// Each key is answered with 429 once, then the retry refuses to wait that long.
		assertThatExceptionOfType(RetryAfterTooLongException.class)
			.isThrownBy(() -> this.client.get().uri("/songs").retrieve().body(String.class))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(429);
				assertThat(ex.getRequestedWait()).isGreaterThan(Duration.ofHours(23))
					.isLessThanOrEqualTo(RetryAfter.LONGEST);
				assertThat(ex.getMessage()).startsWith("Provider 'sunor' asked to retry after ")
					.contains("(Retry-After: " + retryAfter + "), longer than its retry.max-retry-after (PT30S)");
			});
		assertThat(sunor.getAllServeEvents()).extracting((event) -> event.getRequest().getHeader("x-api-key"))
			.containsExactlyInAnyOrder(KEY_ONE, KEY_TWO);
		assertThat(this.answers).hasSize(2).allSatisfy((answer) -> assertThat(answer.closed).isTrue());

		// Both keys' budgets pause for max-pause, not for what the header asked.
		for (Bucket4jRateLimiter limiter : List.of(this.first, this.second)) {
			assertThat(limiter.state().pausedFor()).isGreaterThan(Duration.ofMinutes(4))
				.isLessThanOrEqualTo(LIMIT.maxPause());
		}
		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> this.client.get().uri("/songs").retrieve().body(String.class))
			.satisfies((ex) -> assertThat(ex.getRequiredWait()).isLessThanOrEqualTo(LIMIT.maxPause()));
		assertThat(sunor.getAllServeEvents()).as("the refused call was not sent").hasSize(2);

		// And both keys rest for max-pause at most.
		assertThat(this.ring.isReady(ONE) || this.ring.isReady(TWO)).isFalse();
		this.clock.advance(LIMIT.maxPause().plusSeconds(1));
		assertThat(this.ring.isReady(ONE) && this.ring.isReady(TWO)).isTrue();
	}

	/** The innermost interceptor, inside the HTTP library's factory: it sees every answer of every attempt. */
	private static ClientHttpRequestInterceptor tracking(List<Answer> answers) {
		return (request, body, execution) -> {
			Answer answer = new Answer(execution.execute(request, body));
			answers.add(answer);
			return answer;
		};
	}

	/** An answer that remembers whether it was closed. */
	private static final class Answer implements ClientHttpResponse {

		private final ClientHttpResponse delegate;

		private volatile boolean closed;

		Answer(ClientHttpResponse delegate) {
			this.delegate = delegate;
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.delegate.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.delegate.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.delegate.getHeaders();
		}

		@Override
		public InputStream getBody() throws IOException {
			return this.delegate.getBody();
		}

		@Override
		public void close() {
			this.closed = true;
			this.delegate.close();
		}

	}

}
