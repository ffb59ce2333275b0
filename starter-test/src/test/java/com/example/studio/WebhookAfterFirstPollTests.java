package com.example.studio;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.autype.AutypeJobStatus;
import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.autype.AutypeRenderJob;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.test.AutoConfigureProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A webhook that arrives after the first poll saw the render still running completes it
 * at once, long before the next poll. The stand-ins' time is held until the first poll
 * was made, so that it finds the render running however late it comes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureProviderStandIns(jobDuration = "1s")
class WebhookAfterFirstPollTests {

	static final int PORT = GenerationJobsTestsSupport.freePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("providers.autype.jobs.webhook-url", () -> "http://127.0.0.1:" + PORT + "/hooks/autype");
		registry.add("providers.autype.jobs.first-poll", () -> "100ms");
		registry.add("providers.autype.jobs.interval", () -> "1h");
		registry.add("providers.autype.jobs.deadline", () -> "2h");
		registry.add("providers.autype.jobs.learn", () -> "false");
	}

	@Autowired
	AutypeJobs autypeJobs;

	@Autowired
	ProviderStandIns standIns;

	@AfterEach
	void reset() {
		this.standIns.reset();
	}

	@Test
	void theWebhookCompletesTheRenderBeforeTheNextPoll() throws Exception {
		this.standIns.time().pause();
		GenerationJob<AutypeRenderJob> job = this.autypeJobs.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"));
		String polls = "/render/" + job.jobId();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.standIns.requestCount("autype", polls) == 1);
		assertThat(job.future()).isNotDone();

		this.standIns.time().advance(Duration.ofSeconds(1));

		// The next poll is an hour away: only the webhook completes the render this soon.
		AutypeRenderJob done = job.future().get(30, TimeUnit.SECONDS);
		assertThat(done.status()).isEqualTo(AutypeJobStatus.COMPLETED);
		assertThat(this.standIns.requestCount("autype", polls))
			.as("the first poll (running), then the one the webhook asked for")
			.isEqualTo(2);
	}

}
