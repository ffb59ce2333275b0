package io.github.genmedia.providers.autoconfigure.job;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.GenerationJobListener;
import io.github.genmedia.providers.job.GenerationJobs;
import io.github.genmedia.providers.job.JobCorrelation;
import io.github.genmedia.providers.job.JobOutcome;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * With the default, local store, the application's {@link GenerationJobListener} beans
 * are told each outcome once, with the correlation key given at submission; a job the
 * application cancels is not told.
 */
class GenerationJobListenerTests {

	@RegisterExtension
	static WireMockExtension sunor = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final Queue<JobOutcome> first = new ConcurrentLinkedQueue<>();

	private final Queue<JobOutcome> second = new ConcurrentLinkedQueue<>();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class,
				ProviderJobsAutoConfiguration.class))
		.withBean("first", GenerationJobListener.class, () -> this.first::add)
		.withBean("second", GenerationJobListener.class, () -> this.second::add)
		.withPropertyValues("providers.sunor.api-key=k1", "providers.sunor.base-url=" + sunor.baseUrl(),
				"providers.sunor.jobs.first-poll=50ms", "providers.sunor.jobs.interval=50ms",
				"providers.sunor.rate-limit.enabled=false");

	@Test
	void everyListenerIsToldEachOutcomeOnceWithItsCorrelationKey() {
		sunor.stubFor(post("/task").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-1\"}}")));
		sunor.stubFor(get("/task/t-1")
			.willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-1\",\"status\":\"success\"}}")));
		sunor.stubFor(get("/task/t-2").willReturn(okJson(
				"{\"code\":200,\"data\":{\"task_id\":\"t-2\",\"status\":\"failure\",\"error\":\"no voice\"}}")));
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			GenerationJob<SunorTask> job = JobCorrelation.with("order-1",
					() -> context.getBean(SunorJobs.class).createTask(SunorTaskRequest.sunoLyrics("sea")));
			assertThat(job.await().taskId()).isEqualTo("t-1");
			GenerationJob<?> resumed = context.getBean(GenerationJobs.class).resume("sunor", "t-2");
			assertThatExceptionOfType(CompletionException.class).isThrownBy(() -> resumed.future().join());
			await().atMost(Duration.ofSeconds(10)).until(() -> this.second.size() >= 2);

			assertThat(this.first).hasSize(2).containsExactlyInAnyOrderElementsOf(this.second);
			JobOutcome succeeded = this.first.stream().filter(JobOutcome::succeeded).findFirst().orElseThrow();
			assertThat(succeeded.provider()).isEqualTo("sunor");
			assertThat(succeeded.jobId()).isEqualTo("t-1");
			assertThat(succeeded.correlationKey()).isEqualTo("order-1");
			assertThat(((SunorTask) succeeded.result()).taskId()).isEqualTo("t-1");
			JobOutcome failed = this.first.stream().filter((outcome) -> !outcome.succeeded()).findFirst().orElseThrow();
			assertThat(failed.jobId()).isEqualTo("t-2");
			assertThat(failed.correlationKey()).as("resumed without a key").isNull();
			assertThat(failed.result()).isNull();
			assertThat(failed.failure()).hasMessage("Provider 'sunor' reports job t-2 failed: no voice");
		});
	}

	@Test
	void aCancelledJobAndTheJobsLeftAtShutdownAreNotTold() {
		sunor.stubFor(get("/task/t-3")
			.willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-3\",\"status\":\"running\"}}")));
		this.runner.run((context) -> {
			GenerationJobs jobs = context.getBean(GenerationJobs.class);
			assertThat(jobs.resume("sunor", "t-3").cancel()).isTrue();
			jobs.resume("sunor", "t-3");
		});
		assertThat(List.copyOf(this.first)).isEmpty();
	}

}
