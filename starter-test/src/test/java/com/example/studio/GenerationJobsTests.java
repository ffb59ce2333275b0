package com.example.studio;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.autype.AutypeJobStatus;
import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.autype.AutypeRenderJob;
import io.github.genmedia.providers.autype.AutypeWebhooks;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.sunor.SunorTaskStatus;
import io.github.genmedia.providers.test.AutoConfigureProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generation jobs in an application with a web server: awaited, and Autype's webhooks
 * completing renders before the poller would have. Where a render must not be done yet,
 * the stand-ins' time is held: the webhook goes out only when the test advances it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureProviderStandIns(jobDuration = "600ms")
class GenerationJobsTests {

	static final int PORT = GenerationJobsTestsSupport.freePort();

	static final Duration JOB_DURATION = Duration.ofMillis(600);

	/** Far longer than any test here waits: a render done within it was told by its webhook. */
	static final Duration WAIT = Duration.ofSeconds(30);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("providers.autype.jobs.webhook-url", () -> "http://127.0.0.1:" + PORT + "/hooks/autype");
		// Polling alone would take an hour to see a render: only the webhook completes one here.
		registry.add("providers.autype.jobs.first-poll", () -> "1h");
		registry.add("providers.autype.jobs.interval", () -> "1h");
		registry.add("providers.autype.jobs.deadline", () -> "2h");
		registry.add("providers.autype.jobs.learn", () -> "false");
		registry.add("providers.sunor.jobs.first-poll", () -> "100ms");
		registry.add("providers.sunor.jobs.interval", () -> "100ms");
	}

	@Autowired
	SunorJobs sunorJobs;

	@Autowired
	AutypeJobs autypeJobs;

	@Autowired
	ProviderStandIns standIns;

	@AfterEach
	void reset() {
		this.standIns.reset();
	}

	@Test
	void aSunorTaskIsAwaitedToItsClips() {
		SunorTask task = this.sunorJobs.createTask(SunorTaskRequest.sunoLyrics("the sea")).await();

		assertThat(task.status()).isEqualTo(SunorTaskStatus.SUCCESS);
		assertThat(task.output().clips()).hasSize(2);
	}

	@Test
	void autypesWebhookCompletesTheRenderLongBeforeTheFirstPoll() throws Exception {
		this.standIns.time().pause();
		GenerationJob<AutypeRenderJob> job = this.autypeJobs.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"));

		this.standIns.time().advance(JOB_DURATION);

		AutypeRenderJob done = job.future().get(WAIT.toSeconds(), TimeUnit.SECONDS);
		assertThat(done.status()).isEqualTo(AutypeJobStatus.COMPLETED);
		assertThat(this.standIns.requestCount("autype", "/render/" + done.jobId())).as("one poll, on the webhook")
			.isEqualTo(1);
	}

	@Test
	void aWebhookWithAWrongSecretIsRefusedAndCompletesNothing() throws Exception {
		// Held: the stand-in's own webhook goes out only when the test says the render is done.
		this.standIns.time().pause();
		GenerationJob<AutypeRenderJob> job = this.autypeJobs.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"));

		int status = RestClient.create()
			.post()
			.uri("http://127.0.0.1:" + PORT + "/hooks/autype")
			.header(AutypeWebhooks.SECRET_HEADER, "guessed")
			.header("Content-Type", "application/json")
			.body("{\"event\":\"job.completed\",\"jobId\":\"" + job.jobId() + "\",\"status\":\"COMPLETED\"}")
			.exchange((request, response) -> response.getStatusCode().value());

		assertThat(status).isEqualTo(401);
		assertThat(job.future()).isNotDone();
		assertThat(this.standIns.requestCount("autype", "/render/" + job.jobId())).isZero();
		this.standIns.time().advance(JOB_DURATION);
		assertThat(job.future().get(WAIT.toSeconds(), TimeUnit.SECONDS).status()).as("the right secret still works")
			.isEqualTo(AutypeJobStatus.COMPLETED);
	}

}
