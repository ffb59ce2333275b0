package io.github.genmedia.providers.suno;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.definition.ProviderAuth;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Suno generations followed through the feed to each outcome.
 */
class SunoJobsWireTest {

	@RegisterExtension
	static WireMockExtension suno = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final JobPoller poller = new JobPoller(2, Clock.systemUTC(), JobObserver.NONE);

	private final SunoJobs jobs = new SunoJobs(TypedApis.create(SunoApi.class, "suno", suno.baseUrl(),
			ProviderAuth.bearer(null), TestJwts.expiringAt(java.time.Instant.parse("2030-01-01T00:00:00Z")), new SunoErrorDecoder()), this.poller,
			new PollingSettings(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(100),
					Duration.ofSeconds(5), false));

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void clipsAreFollowedThroughStreamingToComplete() {
		generated();
		feed(Scenario.STARTED, "streaming", "queued", "s1");
		feed("s1", "streaming", "streaming", "s2");
		feed("s2", "complete", "complete", "s2");

		SunoClips clips = this.jobs.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4")).await();

		assertThat(clips).extracting(SunoClip::status).containsOnly(SunoClipStatus.COMPLETE);
		assertThat(clips).hasSize(2);
		assertThat(clips.hasFailures()).isFalse();
	}

	@Test
	void untilPlayableStopsAtStreaming() {
		generated();
		feed(Scenario.STARTED, "queued", "submitted", "s1");
		feed("s1", "streaming", "streaming", "s1");

		List<SunoClip> clips = this.jobs.generateUntilPlayable(SunoGenerateRequest.fromDescription("a song", "chirp-v4"))
			.await();

		assertThat(clips).extracting(SunoClip::status).containsOnly(SunoClipStatus.STREAMING);
	}

	@Test
	void aClipInErrorLeavesTheOtherToCompleteAndIsReportedWithItsMessage() {
		generated();
		feed(Scenario.STARTED, "error", "streaming", "s1");
		feed("s1", "error", "complete", "s1");

		SunoClips clips = this.jobs.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4")).await();

		assertThat(clips).extracting(SunoClip::id).containsExactly("c-b");
		assertThat(clips.succeeded()).extracting(SunoClip::status).containsExactly(SunoClipStatus.COMPLETE);
		assertThat(clips.hasFailures()).isTrue();
		assertThat(clips.failed()).singleElement().satisfies((failed) -> {
			assertThat(failed.clip().id()).isEqualTo("c-a");
			assertThat(failed.errorMessage()).isEqualTo("Song description contains artist name");
		});
		// Read as before, when the result was a List<SunoClip>: the clips that play.
		List<SunoClip> playable = clips;
		assertThat(playable).hasSize(1);
	}

	@Test
	void aFailedClipDoesNotEndTheJobBeforeTheOtherIsPlayable() {
		generated();
		feed(Scenario.STARTED, "error", "queued", "s1");
		feed("s1", "error", "streaming", "s1");

		SunoClips clips = this.jobs.generateUntilPlayable(SunoGenerateRequest.fromDescription("a song", "chirp-v4"))
			.await();

		assertThat(clips).extracting(SunoClip::id, SunoClip::status).containsExactly(tuple("c-b", SunoClipStatus.STREAMING));
		assertThat(clips.failed()).extracting((failed) -> failed.clip().id()).containsExactly("c-a");
	}

	@Test
	void everyClipInErrorFailsTheJobWithTheirMessages() {
		generated();
		suno.stubFor(get(urlPathEqualTo("/api/feed/v2")).willReturn(okJson("""
				{"clips":[{"id":"c-a","status":"error","metadata":{"error_message":"Song description contains artist name"}},
				 {"id":"c-b","status":"error","metadata":{"error_message":"Song description contains artist name"}}]}""")));

		assertThatExceptionOfType(JobFailedException.class)
			.isThrownBy(() -> this.jobs.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4")).await())
			.withMessage("Provider 'suno' reports job c-a,c-b failed: Song description contains artist name");
	}

	@Test
	void clipsThatFailForDifferentReasonsNameEachReason() {
		generated();
		suno.stubFor(get(urlPathEqualTo("/api/feed/v2")).willReturn(okJson("""
				{"clips":[{"id":"c-a","status":"error","metadata":{"error_message":"Lyrics flagged"}},
				 {"id":"c-b","status":"error"}]}""")));

		assertThatExceptionOfType(JobFailedException.class)
			.isThrownBy(() -> this.jobs.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4")).await())
			.withMessage("Provider 'suno' reports job c-a,c-b failed: Lyrics flagged; clip c-b is error");
	}

	@Test
	void clipsTheFeedDoesNotKnowFailTheJobAfterOneConfirmingPoll() {
		// Suno's feed leaves out ids it does not know.
		suno.stubFor(get(urlPathEqualTo("/api/feed/v2")).willReturn(okJson("{\"clips\":[{\"id\":\"c-a\",\"status\":\"streaming\"}]}")));

		assertThatExceptionOfType(JobNotFoundException.class).isThrownBy(() -> this.jobs.resume("c-a,c-typo").await())
			.withMessage("Provider 'suno' does not know job c-a,c-typo: the feed has no clip c-typo (asked twice); "
					+ "check the job id, and that the job was made with the same account");
		suno.verify(2, getRequestedFor(urlPathEqualTo("/api/feed/v2")));
	}

	@Test
	void aFeedAnswering404FailsTheJobAfterOneConfirmingPoll() {
		suno.stubFor(get(urlPathEqualTo("/api/feed/v2")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\":\"Not found\"}")));

		assertThatExceptionOfType(JobNotFoundException.class).isThrownBy(() -> this.jobs.resume("c-typo").await())
			.withMessageStartingWith("Provider 'suno' does not know job c-typo: Not found (asked twice)");
		suno.verify(2, getRequestedFor(urlPathEqualTo("/api/feed/v2")));
	}

	@Test
	void generateAfterThePollerClosedIsRefusedBeforeAnythingIsSent() {
		generated();
		this.poller.close();

		assertThatExceptionOfType(JobPollerClosedException.class)
			.isThrownBy(() -> this.jobs.generate(SunoGenerateRequest.fromDescription("a song", "chirp-v4")))
			.withMessage("Nothing was sent to provider 'suno': the job poller is closed");
		assertThatExceptionOfType(JobPollerClosedException.class)
			.isThrownBy(() -> this.jobs.generateUntilPlayable(SunoGenerateRequest.fromDescription("a song", "chirp-v4")));
		suno.verify(0, postRequestedFor(urlEqualTo("/api/generate/v2/")));
	}

	private static void generated() {
		suno.stubFor(post("/api/generate/v2/")
			.willReturn(okJson("{\"id\":\"batch\",\"clips\":[{\"id\":\"c-a\",\"status\":\"submitted\"},"
					+ "{\"id\":\"c-b\",\"status\":\"submitted\"}],\"status\":\"complete\"}")));
	}

	private static void feed(String state, String first, String second, String next) {
		suno.stubFor(get(urlPathEqualTo("/api/feed/v2")).inScenario("feed").whenScenarioStateIs(state)
			.willReturn(okJson("{\"clips\":[" + clip("c-a", first) + "," + clip("c-b", second) + "]}"))
			.willSetStateTo(next));
	}

	/** A clip of the feed; one in error says why, as Suno does. */
	private static String clip(String id, String status) {
		String metadata = status.equals("error")
				? ",\"metadata\":{\"error_message\":\"Song description contains artist name\"}" : "";
		return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\"" + metadata + "}";
	}

}
