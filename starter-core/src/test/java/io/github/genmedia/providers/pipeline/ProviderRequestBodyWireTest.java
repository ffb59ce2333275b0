package io.github.genmedia.providers.pipeline;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.retry.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Request bodies through the pipeline: a body that can be written twice is written on each
 * attempt, a body streamed from an {@code InputStream} is sent once and never repeated.
 */
class ProviderRequestBodyWireTest {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final RetrySettings RETRY_EVERYTHING = RetrySettings.defaults()
		.withNonIdempotent(true)
		.withInitialInterval(Duration.ofMillis(5))
		.withMaxInterval(Duration.ofMillis(10))
		.withJitter(Duration.ZERO);

	@Test
	void aJsonBodyIsWrittenAgainOnEveryAttempt() {
		failOnceThenAnswer("/v1/clone");

		String answer = client().post()
			.uri("/v1/clone")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "voice"))
			.retrieve()
			.body(String.class);

		assertThat(answer).isEqualTo("done");
		provider.verify(2, postRequestedFor(urlEqualTo("/v1/clone")).withRequestBody(equalToJson("{\"name\":\"voice\"}"))
			.withHeader("x-api-key", equalTo("sunor-key-7d1e"))
			.withHeader("Content-Length", equalTo("16"))
			.withoutHeader("Transfer-Encoding"));
	}

	@Test
	void aFileIsStreamedOnEveryAttemptWithItsLengthRatherThanHeld() {
		failOnceThenAnswer("/v1/voice");
		byte[] sample = "RIFF-sample-of-a-voice".getBytes(StandardCharsets.UTF_8);
		AtomicInteger opened = new AtomicInteger();
		Resource file = new ByteArrayResource(sample) {

			@Override
			public InputStream getInputStream() {
				opened.incrementAndGet();
				return new ByteArrayInputStream(sample);
			}

		};

		String answer = client().post()
			.uri("/v1/voice")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(file)
			.retrieve()
			.body(String.class);

		assertThat(answer).isEqualTo("done");
		assertThat(opened).as("read once per attempt, not held between them").hasValue(2);
		provider.verify(2, postRequestedFor(urlEqualTo("/v1/voice")).withRequestBody(equalTo("RIFF-sample-of-a-voice"))
			.withHeader("Content-Length", equalTo(String.valueOf(sample.length))));
	}

	@Test
	void aMultipartUploadReadsItsFileOnEveryAttemptRatherThanHoldingIt() {
		failOnceThenAnswer("/v1/custom-voices");
		byte[] sample = "RIFF-sample-of-a-voice".getBytes(StandardCharsets.UTF_8);
		AtomicInteger opened = new AtomicInteger();
		Resource file = new ByteArrayResource(sample) {

			@Override
			public InputStream getInputStream() {
				opened.incrementAndGet();
				return new ByteArrayInputStream(sample);
			}

			@Override
			public String getFilename() {
				return "voice.wav";
			}

		};
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("files", file);
		parts.add("name", "Narrator");

		String answer = client().post()
			.uri("/v1/custom-voices")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.body(String.class);

		assertThat(answer).isEqualTo("done");
		assertThat(opened).as("read once per attempt, not held between them").hasValue(2);
		provider.verify(2, postRequestedFor(urlEqualTo("/v1/custom-voices"))
			.withRequestBodyPart(aMultipart("files").withBody(equalTo("RIFF-sample-of-a-voice")).build())
			.withRequestBodyPart(aMultipart("name").withBody(equalTo("Narrator")).build()));
	}

	@Test
	void aStreamedBodyIsSentOnceAndNeverRetried() {
		failOnceThenAnswer("/v1/upload");
		InputStream audio = new ByteArrayInputStream("RIFF-audio-bytes".getBytes(StandardCharsets.UTF_8));

		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> client().post()
			.uri("/v1/upload")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(new InputStreamResource(audio))
			.retrieve()
			.toBodilessEntity()).satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503));

		provider.verify(1, postRequestedFor(urlEqualTo("/v1/upload")).withRequestBody(equalTo("RIFF-audio-bytes"))
			.withHeader("x-api-key", equalTo("sunor-key-7d1e")));
	}

	@Test
	void aStreamedBodyDoesNotFollowARedirectThatWouldReplayIt() {
		provider.stubFor(post("/v1/upload").willReturn(aResponse().withStatus(307).withHeader("Location", "/v1/other")));
		InputStream audio = new ByteArrayInputStream("RIFF".getBytes(StandardCharsets.UTF_8));

		int status = client().post()
			.uri("/v1/upload")
			.body(new InputStreamResource(audio))
			.exchange((request, response) -> response.getStatusCode().value());

		assertThat(status).isEqualTo(307);
		provider.verify(0, postRequestedFor(urlEqualTo("/v1/other")));
	}

	private static void failOnceThenAnswer(String path) {
		provider.stubFor(post(path).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		provider.stubFor(post(path).inScenario(path).whenScenarioStateIs("up").willReturn(ok("done")));
	}

	private static RestClient client() {
		ProviderDefinition definition = new ProviderDefinition("sunor", URI.create(provider.baseUrl()),
				ProviderAuth.header("x-api-key", null), Credential.of("sunor-key-7d1e"), null, null, Map.of(),
				RETRY_EVERYTHING);
		JdkClientHttpRequestFactory library = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build());
		return ProviderPipeline.builder(definition).requestFactory(library).build().applyTo(RestClient.builder()).build();
	}

}
