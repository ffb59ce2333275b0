package io.github.genmedia.providers.autype;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobFailedException;
import io.github.genmedia.providers.job.JobNotFoundException;
import io.github.genmedia.providers.job.JobObserver;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobPollerClosedException;
import io.github.genmedia.providers.job.PollingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
 * Autype render jobs followed to each outcome; webhooks asked for and checked; the
 * download window.
 */
class AutypeJobsWireTest {

	@RegisterExtension
	static WireMockExtension autype = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final PollingSettings QUICK = new PollingSettings(Duration.ofMillis(50), Duration.ofMillis(50),
			Duration.ofMillis(100), Duration.ofSeconds(5), false);

	private final JobPoller poller = new JobPoller(2, Clock.systemUTC(), JobObserver.NONE);

	private final AutypeApi api = TypedApis.create(AutypeApi.class, "autype", autype.baseUrl(),
			ProviderAuth.header("X-API-Key", "ak_"), "ak_jobs", ProviderErrorDecoder.DEFAULT);

	@TempDir
	Path files;

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void aCompletedRenderGivesTheJobAndItsFileDownloads() throws Exception {
		rendered("r-1");
		autype.stubFor(get("/render/r-1").inScenario("r-1").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"jobId\":\"r-1\",\"status\":\"PROCESSING\",\"format\":\"PDF\",\"createdAt\":\"t\",\"progress\":40}"))
			.willSetStateTo("done"));
		autype.stubFor(get("/render/r-1").inScenario("r-1").whenScenarioStateIs("done").willReturn(okJson(completed("r-1",
				Instant.now()))));
		autype.stubFor(get("/render/r-1/download").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/pdf")
			.withBody("%PDF-1.7")));
		AutypeJobs jobs = new AutypeJobs(this.api, this.poller, QUICK, null, Clock.systemUTC());

		GenerationJob<AutypeRenderJob> job = jobs.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"));
		AutypeRenderJob done = job.await();

		assertThat(done.status()).isEqualTo(AutypeJobStatus.COMPLETED);
		assertThat(jobs.download(done, this.files.resolve("hi.pdf")).size()).isEqualTo(8);
	}

	@Test
	void aFailedRenderFailsWithAutypesError() {
		rendered("r-2");
		autype.stubFor(get("/render/r-2").willReturn(okJson(
				"{\"jobId\":\"r-2\",\"status\":\"FAILED\",\"format\":\"PDF\",\"createdAt\":\"t\",\"error\":\"Render failed: invalid section\"}")));

		assertThatExceptionOfType(JobFailedException.class)
			.isThrownBy(() -> new AutypeJobs(this.api, this.poller, QUICK, null, Clock.systemUTC())
				.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"))
				.await())
			.withMessage("Provider 'autype' reports job r-2 failed: Render failed: invalid section");
	}

	@Test
	void withWebhooksEachRenderAsksForOneWithTheSecretAndOnlyThatSecretIsAccepted() {
		rendered("r-3");
		autype.stubFor(get("/render/r-3").willReturn(okJson(completed("r-3", Instant.now()))));
		AutypeWebhooks webhooks = AutypeWebhooks.to("https://app.example.com/genmedia/webhooks/autype");
		AutypeJobs jobs = new AutypeJobs(this.api, this.poller, new PollingSettings(Duration.ofMinutes(1),
				Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(5), false), webhooks, Clock.systemUTC());
		GenerationJob<AutypeRenderJob> job = jobs.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"));
		String secret = autype.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals("/render/markdown"))
			.map((event) -> event.getRequest().getBodyAsString().replaceFirst(".*\"headerValue\":\"([^\"]+)\".*", "$1"))
			.findFirst()
			.orElseThrow();
		AutypeWebhookEvent delivery = new AutypeWebhookEvent("job.completed", "render", "r-3",
				AutypeJobStatus.COMPLETED, null, null, null, null, null);

		autype.verify(postRequestedFor(urlEqualTo("/render/markdown")).withRequestBody(equalToJson("""
				{"webhook":{"webhookUrl":"https://app.example.com/genmedia/webhooks/autype",
				 "webhookAuth":{"headerName":"X-Genmedia-Webhook-Secret","headerValue":"%s"}}}""".formatted(secret),
				true, true)));
		assertThat(jobs.onWebhook("not-the-secret", delivery)).isFalse();
		assertThat(jobs.onWebhook(null, delivery)).isFalse();
		assertThat(job.future()).isNotDone();
		assertThat(jobs.onWebhook(secret, delivery)).isTrue();
		assertThat(job.await().jobId()).as("polled at once, a minute before its first poll").isEqualTo("r-3");
		autype.verify(1, getRequestedFor(urlEqualTo("/render/r-3")));
	}

	@Test
	void aFileOlderThanTheDownloadWindowIsExplainedNotFetched() {
		Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
		AutypeJobs jobs = new AutypeJobs(this.api, this.poller, QUICK, null, Clock.fixed(Instant.now(), ZoneOffset.UTC));
		AutypeRenderJob old = new AutypeRenderJob("r-4", AutypeJobStatus.COMPLETED, AutypeFormat.PDF, null, "t", null,
				null, null, twoHoursAgo.toString(), 100.0);

		assertThatExceptionOfType(AutypeDownloadExpiredException.class)
			.isThrownBy(() -> jobs.download(old, this.files.resolve("old.pdf")))
			.withMessage("The file of Autype render job r-4 is no longer available: Autype keeps rendered files for 1 "
					+ "hour after completion (this job completed at " + twoHoursAgo + "); render again");
		autype.verify(0, getRequestedFor(urlEqualTo("/render/r-4/download")));
	}

	@Test
	void aDownloadAutypeNoLongerHasIsExplained() {
		autype.stubFor(get("/render/r-5/download").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"statusCode\":404,\"message\":\"Render job not found\",\"error\":\"Not Found\"}")));
		AutypeJobs jobs = new AutypeJobs(this.api, this.poller, QUICK, null, Clock.systemUTC());
		AutypeRenderJob job = new AutypeRenderJob("r-5", AutypeJobStatus.COMPLETED, AutypeFormat.PDF, null, "t", null,
				null, null, null, 100.0);

		assertThatExceptionOfType(AutypeDownloadExpiredException.class)
			.isThrownBy(() -> jobs.download(job, this.files.resolve("gone.pdf")))
			.withMessageStartingWith("The file of Autype render job r-5 is no longer available");
	}

	@Test
	void anUnknownOrExpiredRenderJobFailsAfterOneConfirmingPoll() {
		// Autype forgets a job an hour after it completed: resuming it then is a 404.
		autype.stubFor(get("/render/r-gone").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"statusCode\":404,\"message\":\"Render job not found\",\"error\":\"Not Found\"}")));
		AutypeJobs jobs = new AutypeJobs(this.api, this.poller, QUICK, null, Clock.systemUTC());

		assertThatExceptionOfType(JobNotFoundException.class).isThrownBy(() -> jobs.resume("r-gone").await())
			.withMessage("Provider 'autype' does not know job r-gone: Render job not found (asked twice); check the "
					+ "job id, and that the job was made with the same account");
		autype.verify(2, getRequestedFor(urlEqualTo("/render/r-gone")));
	}

	@Test
	void aRenderAfterThePollerClosedIsRefusedBeforeAnythingIsSent() {
		rendered("r-6");
		AutypeJobs jobs = new AutypeJobs(this.api, this.poller, QUICK, null, Clock.systemUTC());
		this.poller.close();

		assertThatExceptionOfType(JobPollerClosedException.class)
			.isThrownBy(() -> jobs.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi")))
			.withMessage("Nothing was sent to provider 'autype': the job poller is closed");
		autype.verify(0, postRequestedFor(urlEqualTo("/render/markdown")));
	}

	private static void rendered(String id) {
		autype.stubFor(post("/render/markdown").willReturn(okJson(
				"{\"jobId\":\"" + id + "\",\"status\":\"PENDING\",\"format\":\"PDF\",\"createdAt\":\"t\"}")));
	}

	private static String completed(String id, Instant at) {
		return "{\"jobId\":\"" + id + "\",\"status\":\"COMPLETED\",\"format\":\"PDF\",\"createdAt\":\"t\",\"completedAt\":\""
				+ at + "\",\"progress\":100}";
	}

}
