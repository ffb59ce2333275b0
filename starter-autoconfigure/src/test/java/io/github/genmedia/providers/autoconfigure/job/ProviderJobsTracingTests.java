package io.github.genmedia.providers.autoconfigure.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobObservation;
import io.github.genmedia.providers.job.MicrometerJobObserver;
import io.github.genmedia.providers.retry.ObservationRetryObserver;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With tracing, a generation job is one trace: the job's span, from submission to
 * outcome, is the parent of the spans of the HTTP requests that submit and poll it,
 * though the polls run on other threads; a retried poll is an event of its request's
 * span. The job's meters keep their names and tags beside the observation's own timer.
 */
class ProviderJobsTracingTests {

	@RegisterExtension
	static WireMockExtension sunor = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	@Test
	void aJobSubmittedAndPolledToItsOutcomeIsOneTrace() {
		sunor.stubFor(post("/task").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-1\"}}")));
		poll("running", Scenario.STARTED, "second");
		sunor.stubFor(get("/task/t-1").inScenario("polls")
			.whenScenarioStateIs("second")
			.willReturn(serviceUnavailable())
			.willSetStateTo("retried"));
		poll("running", "retried", "last");
		poll("success", "last", "done");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
			.web(WebApplicationType.NONE)
			.properties("providers.sunor.api-key=k", "providers.sunor.base-url=" + sunor.baseUrl(),
					"providers.sunor.jobs.first-poll=20ms", "providers.sunor.jobs.interval=20ms",
					"providers.sunor.jobs.deadline=20s", "providers.sunor.rate-limit.enabled=false",
					"providers.sunor.retry.initial-interval=10ms", "providers.sunor.retry.jitter=0s",
					"spring.main.banner-mode=off")
			.run()) {
			SimpleTracer tracer = context.getBean(SimpleTracer.class);

			GenerationJob<SunorTask> job = context.getBean(SunorJobs.class)
				.createTask(SunorTaskRequest.sunoLyrics("sea"));
			job.await();

			// The outcome is observed as the future completes, maybe just after await returns.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> tracer.getSpans().stream().anyMatch((span) -> span.getTags().containsKey("outcome")));
			SimpleSpan jobSpan = tracer.getSpans()
				.stream()
				.filter((span) -> span.getName().equals("sunor job"))
				.findFirst()
				.orElseThrow();
			assertThat(jobSpan.getTags()).containsEntry(JobObservation.PROVIDER, "sunor")
				.containsEntry(JobObservation.OUTCOME, "succeeded")
				.containsEntry(JobObservation.JOB_ID, "t-1")
				.containsEntry(JobObservation.POLLS, "3");
			assertThat(jobSpan.getParentId()).as("the job starts a trace").isEmpty();
			List<SimpleSpan> requests = tracer.getSpans().stream().filter((span) -> span != jobSpan).toList();
			assertThat(requests).extracting((request) -> request.getName() + " " + request.getTags().get("uri"))
				.containsExactly("http post /task", "http get /task/{taskId}", "http get /task/{taskId}",
						"http get /task/{taskId}");
			assertThat(requests).allSatisfy((request) -> {
				assertThat(request.getTraceId()).isEqualTo(jobSpan.getTraceId());
				assertThat(request.getParentId()).isEqualTo(jobSpan.getSpanId());
			});
			assertThat(requests.get(2).getEvents()).extracting(Map.Entry::getValue).containsExactly("retry");
			assertThat(requests).filteredOn((request) -> request != requests.get(2))
				.allSatisfy((request) -> assertThat(request.getEvents()).isEmpty());

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(tagKeys(meters.get(MicrometerJobObserver.DURATION_METRIC).timer()))
				.containsExactly("outcome", "provider");
			assertThat(tagKeys(meters.get(JobObservation.NAME).timer())).containsExactly("error", "outcome", "provider");
			assertThat(meters.get("http.client.requests." + ObservationRetryObserver.RETRY_EVENT).counter().count())
				.isEqualTo(1);
		}
	}

	private static void poll(String status, String state, String next) {
		sunor.stubFor(get("/task/t-1").inScenario("polls")
			.whenScenarioStateIs(state)
			.willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-1\",\"status\":\"" + status + "\"}}"))
			.willSetStateTo(next));
	}

	private static List<String> tagKeys(Meter meter) {
		return meter.getId().getTags().stream().map(Tag::getKey).sorted().toList();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		SimpleTracer tracer() {
			return new SimpleTracer();
		}

		@Bean
		DefaultTracingObservationHandler tracingObservationHandler(SimpleTracer tracer) {
			return new DefaultTracingObservationHandler(tracer);
		}

	}

}
