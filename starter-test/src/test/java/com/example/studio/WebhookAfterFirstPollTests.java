package com.example.studio;

import java.time.Duration;

import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.autype.AutypeRenderJob;
import io.github.genmedia.providers.test.AutoConfigureProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandIns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook that arrives after the first poll saw the render still running completes it
 * at once, long before the next poll.
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
		registry.add("providers.autype.jobs.interval", () -> "30s");
		registry.add("providers.autype.jobs.learn", () -> "false");
	}

	@Autowired
	AutypeJobs autypeJobs;

	@Autowired
	ProviderStandIns standIns;

	@Test
	void theWebhookCompletesTheRenderBeforeTheNextPoll() {
		long start = System.nanoTime();

		AutypeRenderJob done = this.autypeJobs.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi")).await();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(this.standIns.requestCount("autype", "/render/" + done.jobId()))
			.as("the first poll (running), then the one the webhook asked for")
			.isEqualTo(2);
	}

}
