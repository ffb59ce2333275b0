package io.github.genmedia.providers.autoconfigure.http;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.retry.RetryAfterTooLongException;
import io.github.genmedia.providers.suno.FailedRefresh;
import io.github.genmedia.providers.suno.SunoAccount;
import io.github.genmedia.providers.suno.SunoTokenFailure;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * With every HTTP library Spring Boot supports, the starter's retry policy is the only
 * one: the library repeats nothing on its own, so a POST answered 503 reaches the
 * provider once, {@code retry.enabled=false} means one attempt, a long
 * {@code Retry-After} fails at once, and a dropped GET reaches the provider no more
 * often than {@code max-attempts}.
 */
class HttpLibraryRetriesTests {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	enum Library {

		HTTP_COMPONENTS(ClientHttpRequestFactoryBuilder.httpComponents()),

		JETTY(ClientHttpRequestFactoryBuilder.jetty()),

		REACTOR(ClientHttpRequestFactoryBuilder.reactor()),

		JDK(ClientHttpRequestFactoryBuilder.jdk()),

		SIMPLE(ClientHttpRequestFactoryBuilder.simple());

		private final ClientHttpRequestFactoryBuilder<?> builder;

		Library(ClientHttpRequestFactoryBuilder<?> builder) {
			this.builder = builder;
		}

	}

	private ApplicationContextRunner runner(Library library, String baseUrl) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					ProvidersAutoConfiguration.class))
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> library.builder)
			.withPropertyValues("providers.sunor.api-key=sk-library-test", "providers.sunor.base-url=" + baseUrl,
					"providers.sunor.retry.initial-interval=10ms", "providers.sunor.retry.jitter=0s");
	}

	@ParameterizedTest
	@EnumSource(Library.class)
	void aPostAnswered503ReachesTheProviderOnce(Library library) {
		provider.resetAll();
		provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
		runner(library, provider.baseUrl()).run((context) -> {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			assertThatExceptionOfType(ProviderApiException.class)
				.isThrownBy(() -> client.post().uri("/task").body("{}").retrieve().toBodilessEntity());
			if (library != Library.SIMPLE) {
				// HttpURLConnection has no PATCH.
				assertThatExceptionOfType(ProviderApiException.class)
					.isThrownBy(() -> client.patch().uri("/task/1").body("{}").retrieve().toBodilessEntity());
			}
			provider.verify((library != Library.SIMPLE) ? 2 : 1, anyRequestedFor(anyUrl()));
		});
	}

	@ParameterizedTest
	@EnumSource(Library.class)
	void retriesOffMeansOneAttempt(Library library) {
		provider.resetAll();
		provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
		runner(library, provider.baseUrl()).withPropertyValues("providers.sunor.retry.enabled=false")
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				assertThatExceptionOfType(ProviderApiException.class)
					.isThrownBy(() -> client.get().uri("/task/1").retrieve().toBodilessEntity());
				provider.verify(1, anyRequestedFor(anyUrl()));
			});
	}

	@ParameterizedTest
	@EnumSource(Library.class)
	void aLongRetryAfterFailsAtOnceInsteadOfBlockingTheCaller(Library library) {
		provider.resetAll();
		provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "100000")));
		runner(library, provider.baseUrl()).run((context) -> {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			long started = System.nanoTime();
			assertThatExceptionOfType(RetryAfterTooLongException.class)
				.isThrownBy(() -> client.get().uri("/task/1").retrieve().toBodilessEntity());
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
			provider.verify(1, anyRequestedFor(anyUrl()));
		});
	}

	@ParameterizedTest
	@EnumSource(Library.class)
	void clerksLongRetryAfterNeitherParksARefreshThreadNorIsAskedAgainAtOnce(Library library) {
		provider.resetAll();
		provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
		runner(library, provider.baseUrl())
			.withConfiguration(AutoConfigurations.of(SunoAutoConfiguration.class))
			.withPropertyValues("SUNO_COOKIE=__client=client-of-account-a", "providers.suno.clerk.base-url="
					+ provider.baseUrl(), "providers.suno.base-url=" + provider.baseUrl())
			.run((context) -> {
				SunoAccount account = context.getBean(SunoTokenProvider.class).defaultSource();
				await().atMost(Duration.ofSeconds(30)).until(() -> account.lastFailure() != null);
				assertThat(account.lastFailure()).isNotNull()
					.extracting(FailedRefresh::kind)
					.isEqualTo(SunoTokenFailure.CLERK_RATE_LIMITED);
				Thread.sleep(500);
				provider.verify(1, anyRequestedFor(anyUrl()));
			});
	}

	@ParameterizedTest
	@EnumSource(Library.class)
	void aDroppedPostReachesTheProviderOnce(Library library) throws Exception {
		try (DroppingServer server = new DroppingServer()) {
			runner(library, server.url()).run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				assertThatExceptionOfType(ResourceAccessException.class)
					.isThrownBy(() -> client.post().uri("/task").body("{}").retrieve().toBodilessEntity());
				assertThat(server.arrivals()).isEqualTo(1);
			});
		}
	}

	@ParameterizedTest
	@EnumSource(Library.class)
	void aDroppedGetReachesTheProviderNoMoreOftenThanMaxAttempts(Library library) throws Exception {
		try (DroppingServer server = new DroppingServer()) {
			runner(library, server.url()).withPropertyValues("providers.sunor.retry.max-attempts=3").run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				assertThatExceptionOfType(ResourceAccessException.class)
					.isThrownBy(() -> client.get().uri("/task/1").retrieve().toBodilessEntity());
				assertThat(server.arrivals()).isBetween(1, 3);
			});
		}
	}

}
