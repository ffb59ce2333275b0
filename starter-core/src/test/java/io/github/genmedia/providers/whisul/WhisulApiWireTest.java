package io.github.genmedia.providers.whisul;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link WhisulApi} on the wire, as docs.whisul.com describes it.
 */
class WhisulApiWireTest {

	private static final String KEY = "wh-live-29c7e1";

	@RegisterExtension
	static WireMockExtension whisul = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final WhisulApi api = TypedApis.create(WhisulApi.class, "whisul", whisul.baseUrl() + "/api",
			ProviderAuth.bearer(null), KEY, ProviderErrorDecoder.DEFAULT);

	@Test
	void generatePostsThePromptWithTheBearerKeyAndReadsThe202() {
		whisul.stubFor(post("/api/generate").willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"message":"Composition task received.","job_id":"81fa5ff7-6197-4c24-8062-c0ff8b62d58d",
					 "poll_url":"/jobs/81fa5ff7-6197-4c24-8062-c0ff8b62d58d"}""")));

		WhisulGeneration generation = this.api
			.generate(new WhisulGenerateRequest("an upbeat trap beat with 808s and a dark synth melody"));

		assertThat(generation).isEqualTo(new WhisulGeneration("Composition task received.",
				"81fa5ff7-6197-4c24-8062-c0ff8b62d58d", "/jobs/81fa5ff7-6197-4c24-8062-c0ff8b62d58d"));
		whisul.verify(postRequestedFor(urlEqualTo("/api/generate")).withHeader("Authorization", equalTo("Bearer " + KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"prompt\":\"an upbeat trap beat with 808s and a dark synth melody\"}")));
	}

	@Test
	void getJobReadsACompletedJobWithItsSong() {
		whisul.stubFor(get("/api/jobs/81fa").willReturn(okJson("""
				{"status":"completed","prompt":"a trap song",
				 "result":{"title":"Midnight Grid","bpm":140,"duration":"2:47",
				  "song_url":"https://cdn.whisul.com/audio/81fa5ff7.mp3",
				  "image_url":"https://cdn.whisul.com/covers/81fa5ff7.jpg","tags":"trap, dark, 808s, synth, bass"},
				 "error":null,"started_at":"2026-02-17 15:39:34","finished_at":"2026-02-17 15:41:58"}""")));

		WhisulJob job = this.api.getJob("81fa");

		assertThat(job.status()).isEqualTo(WhisulJobStatus.COMPLETED);
		assertThat(job.status().isTerminal()).isTrue();
		assertThat(job.result()).isEqualTo(new WhisulSong("Midnight Grid", 140.0, "2:47",
				"https://cdn.whisul.com/audio/81fa5ff7.mp3", "https://cdn.whisul.com/covers/81fa5ff7.jpg",
				"trap, dark, 808s, synth, bass"));
		assertThat(job.result().length()).isEqualTo(Duration.ofSeconds(167));
		assertThat(job.startedInstant()).isEqualTo(Instant.parse("2026-02-17T15:39:34Z"));
		assertThat(job.finishedInstant()).isEqualTo(Instant.parse("2026-02-17T15:41:58Z"));
		whisul.verify(getRequestedFor(urlEqualTo("/api/jobs/81fa")).withHeader("Authorization", equalTo("Bearer " + KEY)));
	}

	@Test
	void getJobReadsARunningJobWithoutFinishedAtAndAFailedOne() {
		whisul.stubFor(get("/api/jobs/run").willReturn(okJson("""
				{"status":"running","prompt":"a trap song","result":null,"error":null,
				 "started_at":"2026-02-17 15:39:34"}""")));
		whisul.stubFor(get("/api/jobs/bad").willReturn(okJson("""
				{"status":"failed","prompt":"a trap song","result":null,"error":"generation failed",
				 "started_at":"2026-02-17 15:39:34","finished_at":"2026-02-17 15:40:01","queue_position":3}""")));

		WhisulJob running = this.api.getJob("run");
		WhisulJob failed = this.api.getJob("bad");

		assertThat(running.status()).isEqualTo(WhisulJobStatus.RUNNING);
		assertThat(running.status().isTerminal()).isFalse();
		assertThat(running.finishedInstant()).isNull();
		assertThat(failed.status()).isEqualTo(WhisulJobStatus.FAILED);
		assertThat(failed.error()).isEqualTo("generation failed");
		assertThat(failed.result()).isNull();
	}

	@Test
	void aStatusWhisulAddsLaterIsUnknownRatherThanAnError() {
		whisul.stubFor(get("/api/jobs/q").willReturn(okJson("{\"status\":\"queued\",\"prompt\":\"x\"}")));

		assertThat(this.api.getJob("q").status()).isEqualTo(WhisulJobStatus.UNKNOWN);
	}

	@Test
	void errorsCarryWhisulsMessage() {
		whisul.stubFor(post("/api/generate").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Invalid input\",\"message\":\"The 'prompt' field is required.\"}")));
		whisul.stubFor(get("/api/jobs/gone").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Not found\",\"message\":\"No job exists with the provided job_id.\"}")));
		whisul.stubFor(get("/api/jobs/key").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Unauthorized\",\"message\":\"Invalid API key.\"}")));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> this.api.generate(new WhisulGenerateRequest("")))
			.withMessage("Provider 'whisul' answered HTTP 400 Bad Request: The 'prompt' field is required.");
		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> this.api.getJob("gone"))
			.withMessage("Provider 'whisul' answered HTTP 404 Not Found: No job exists with the provided job_id.");
		assertThatExceptionOfType(ProviderAuthenticationException.class).isThrownBy(() -> this.api.getJob("key"))
			.withMessage("Provider 'whisul' rejected the credential (HTTP 401 Unauthorized): Invalid API key.");
	}

}
