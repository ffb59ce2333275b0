package io.github.genmedia.providers.autoconfigure.job.redis;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autype.AutypeJobStatus;
import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.autype.AutypeMarkdownRenderRequest;
import io.github.genmedia.providers.autype.AutypeRenderJob;
import io.github.genmedia.providers.autype.AutypeWebhookEvent;
import io.github.genmedia.providers.job.GenerationJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An Autype webhook that reaches the instance that did not submit the render (a load
 * balancer chose it) completes the job on the instance that follows it, through a real
 * Redis, long before its next poll.
 */
class RedisJobWebhookTests {

	@RegisterExtension
	static WireMockExtension autype = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	@RegisterExtension
	static RedisFleet fleet = new RedisFleet();

	private ApplicationContextRunner instance(String store) {
		return fleet.instance()
			.withPropertyValues("providers.jobs.store=" + store, "providers.autype.api-key=ak_autype_0123456789",
					"providers.autype.base-url=" + autype.baseUrl(), "providers.autype.rate-limit.enabled=false",
					"providers.autype.jobs.webhook-url=https://app.example.com/genmedia/webhooks/autype",
					// Only the webhook can complete the job within the test.
					"providers.autype.jobs.first-poll=10m", "providers.autype.jobs.interval=10m",
					"providers.autype.jobs.deadline=1h");
	}

	@Test
	void aWebhookDeliveredToTheOtherInstanceCompletesTheJobWhereItIsFollowed() {
		fleet.redis().flushall();
		autype.stubFor(post("/render/markdown")
			.willReturn(okJson("{\"jobId\":\"r-1\",\"status\":\"PENDING\",\"format\":\"PDF\",\"createdAt\":\"t\"}")));
		autype.stubFor(get("/render/r-1").willReturn(
				okJson("{\"jobId\":\"r-1\",\"status\":\"COMPLETED\",\"format\":\"PDF\",\"createdAt\":\"t\"}")));
		instance("redis").run((a) -> instance("redis").run((b) -> {
			GenerationJob<AutypeRenderJob> job = a.getBean(AutypeJobs.class)
				.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"));
			String secret = sentSecret();
			assertThat(fleet.redis().get("{genmedia:jobs}:secret:autype-webhook")).as("the first instance's, kept")
				.isEqualTo(secret)
				.hasSize(43);
			AutypeJobs other = b.getBean(AutypeJobs.class);
			AutypeWebhookEvent delivery = new AutypeWebhookEvent("job.completed", "render", "r-1",
					AutypeJobStatus.COMPLETED, null, null, null, null, null);

			assertThat(other.onWebhook("not-the-secret", delivery)).as("a wrong secret").isFalse();
			assertThat(other.onWebhook(secret, delivery)).as("the fleet's secret, accepted by any instance").isTrue();
			await().atMost(Duration.ofSeconds(5)).until(job.future()::isDone);
			assertThat(job.await().status()).isEqualTo(AutypeJobStatus.COMPLETED);
			autype.verify(1, getRequestedFor(urlEqualTo("/render/r-1")));
			assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
				.as("the relayed message ran in the starter's lane, not on a thread of the container's own")
				.contains("genmedia-jobs-relay-messages-1");
		}));
	}

	@Test
	void withLocalStoresEachInstanceHasASecretOfItsOwn() {
		autype.stubFor(post("/render/markdown")
			.willReturn(okJson("{\"jobId\":\"r-2\",\"status\":\"PENDING\",\"format\":\"PDF\",\"createdAt\":\"t\"}")));
		instance("local").run((a) -> instance("local").run((b) -> {
			a.getBean(AutypeJobs.class).renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi"));
			String secret = sentSecret();
			assertThat(a.getBean(AutypeJobs.class).acceptsWebhook(secret)).isTrue();
			assertThat(b.getBean(AutypeJobs.class).acceptsWebhook(secret)).isFalse();
		}));
	}

	private static String sentSecret() {
		return autype.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals("/render/markdown"))
			.map((event) -> event.getRequest().getBodyAsString().replaceFirst(".*\"headerValue\":\"([^\"]+)\".*", "$1"))
			.findFirst()
			.orElseThrow();
	}

}
