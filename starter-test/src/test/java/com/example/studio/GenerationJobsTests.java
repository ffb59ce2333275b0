package com.example.studio;

import java.time.Duration;

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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generation jobs in an application with a web server: awaited, and Autype's webhooks
 * completing renders before the poller would have.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureProviderStandIns(jobDuration = "600ms")
class GenerationJobsTests {

	static final int PORT = GenerationJobsTestsSupport.freePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("providers.autype.jobs.webhook-url", () -> "http://127.0.0.1:" + PORT + "/hooks/autype");
		// Polling alone would take 30 s to see a render: only the webhook can be this fast.
		registry.add("providers.autype.jobs.first-poll", () -> "30s");
		registry.add("providers.autype.jobs.interval", () -> "30s");
		registry.add("providers.sunor.jobs.first-poll", () -> "100ms");
		registry.add("providers.sunor.jobs.interval", () -> "100ms");
	}

	@Autowired
	SunorJobs sunorJobs;

	@Autowired
	AutypeJobs autypeJobs;

	@Autowired
	ProviderStandIns standIns;

	@Test
	void aSunorTaskIsAwaitedToItsClips() {
		SunorTask task = this.sunorJobs.createTask(SunorTaskRequest.sunoLyrics("the sea")).await();

		assertThat(task.status()).isEqualTo(SunorTaskStatus.SUCCESS);
		assertThat(task.output().clips()).hasSize(2);
	}

	@Test
	void autypesWebhookCompletesTheRenderLongBeforeTheFirstPoll() {
		long start = System.nanoTime();
		GenerationJob<AutypeRenderJob> job = this.autypeJobs.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"));

		AutypeRenderJob done = job.await();

		assertThat(done.status()).isEqualTo(AutypeJobStatus.COMPLETED);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(this.standIns.requestCount("autype", "/render/" + done.jobId())).as("one poll, on the webhook")
			.isEqualTo(1);
	}

	@Test
	void aWebhookWithAWrongSecretIsRefusedAndCompletesNothing() {
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
		job.await();
	}

}
