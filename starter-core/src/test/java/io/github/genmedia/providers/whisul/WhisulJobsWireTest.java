package io.github.genmedia.providers.whisul;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.job.JobFailedException;
import io.github.genmedia.providers.job.JobNotFoundException;
import io.github.genmedia.providers.job.JobObserver;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobPollerClosedException;
import io.github.genmedia.providers.job.PollingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
 * Whisul jobs followed to each outcome.
 */
class WhisulJobsWireTest {

	@RegisterExtension
	static WireMockExtension whisul = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final JobPoller poller = new JobPoller(2, Clock.systemUTC(), JobObserver.NONE);

	private final WhisulJobs jobs = new WhisulJobs(TypedApis.create(WhisulApi.class, "whisul", whisul.baseUrl(),
			ProviderAuth.bearer(null), "wh-jobs", ProviderErrorDecoder.DEFAULT), this.poller,
			new PollingSettings(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(100),
					Duration.ofSeconds(5), false));

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void aCompletedJobGivesTheSong() {
		generated("j-1");
		whisul.stubFor(get("/jobs/j-1").inScenario("j-1").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"status\":\"running\",\"prompt\":\"p\",\"started_at\":\"2026-02-17 15:39:34\"}"))
			.willSetStateTo("done"));
		whisul.stubFor(get("/jobs/j-1").inScenario("j-1").whenScenarioStateIs("done").willReturn(okJson("""
				{"status":"completed","prompt":"p","result":{"title":"Midnight Grid","song_url":"https://cdn/x.mp3"},
				 "started_at":"2026-02-17 15:39:34","finished_at":"2026-02-17 15:41:58"}""")));

		WhisulSong song = this.jobs.generate(new WhisulGenerateRequest("a trap song")).await();

		assertThat(song.songUrl()).isEqualTo("https://cdn/x.mp3");
	}

	@Test
	void aFailedJobFailsWithWhisulsError() {
		generated("j-2");
		whisul.stubFor(get("/jobs/j-2").willReturn(okJson("""
				{"status":"failed","prompt":"p","result":null,"error":"generation failed",
				 "started_at":"2026-02-17 15:39:34","finished_at":"2026-02-17 15:40:00"}""")));

		assertThatExceptionOfType(JobFailedException.class)
			.isThrownBy(() -> this.jobs.generate(new WhisulGenerateRequest("a trap song")).await())
			.withMessage("Provider 'whisul' reports job j-2 failed: generation failed");
	}

	@Test
	void anUnknownJobIdFailsAfterOneConfirmingPoll() {
		whisul.stubFor(get("/jobs/j-typo").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"Not found\",\"message\":\"No job exists with the provided job_id.\"}")));

		assertThatExceptionOfType(JobNotFoundException.class).isThrownBy(() -> this.jobs.resume("j-typo").await())
			.withMessage("Provider 'whisul' does not know job j-typo: No job exists with the provided job_id. (asked "
					+ "twice); check the job id, and that the job was made with the same account");
		whisul.verify(2, getRequestedFor(urlEqualTo("/jobs/j-typo")));
	}

	@Test
	void generateAfterThePollerClosedIsRefusedBeforeAnythingIsSent() {
		generated("j-3");
		this.poller.close();

		assertThatExceptionOfType(JobPollerClosedException.class)
			.isThrownBy(() -> this.jobs.generate(new WhisulGenerateRequest("a trap song")))
			.withMessage("Nothing was sent to provider 'whisul': the job poller is closed");
		whisul.verify(0, postRequestedFor(urlEqualTo("/generate")));
	}

	private static void generated(String id) {
		whisul.stubFor(post("/generate").willReturn(aResponse().withStatus(202)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Composition task received.\",\"job_id\":\"" + id + "\",\"poll_url\":\"/jobs/" + id
					+ "\"}")));
	}

}
