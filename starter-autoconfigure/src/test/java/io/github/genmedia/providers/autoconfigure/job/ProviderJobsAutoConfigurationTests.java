package io.github.genmedia.providers.autoconfigure.job;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.health.ProvidersHealthContributorAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.GenerationJobs;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobPollerClosedException;
import io.github.genmedia.providers.job.MicrometerJobObserver;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.supertone.SupertoneApi;
import io.github.genmedia.providers.whisul.WhisulJobs;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Which jobs beans exist, how their polling is configured and checked, and what health
 * and metrics show of them.
 */
class ProviderJobsAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension sunor = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class,
				ProviderJobsAutoConfiguration.class, ProvidersHealthContributorAutoConfiguration.class));

	@Test
	void eachActiveProviderWithJobsHasItsJobsBeanAndSupertoneHasNone() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=k1", "providers.whisul.api-key=k2",
					"providers.supertone.api-key=k3")
			.run((context) -> {
				assertThat(context).hasSingleBean(JobPoller.class)
					.hasSingleBean(SunorJobs.class)
					.hasSingleBean(WhisulJobs.class)
					.hasSingleBean(SupertoneApi.class)
					.doesNotHaveBean(AutypeJobs.class)
					.hasBean("sunorJobs");
				assertThat(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
						() -> context.getBean(GenerationJobs.class).resume("supertone", "x")))
					.hasMessage("Provider 'supertone' has no generation jobs here; the providers with jobs are "
							+ "[sunor, whisul]");
			});
	}

	@Test
	void withoutTheJobsAutoConfigurationTheClientsAndTypedApisStayAndNoJobsBeanIsMade() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					ProvidersAutoConfiguration.class))
			.withPropertyValues("providers.sunor.api-key=k1")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("sunorRestClient")
				.hasSingleBean(SunorApi.class)
				.doesNotHaveBean(JobPoller.class)
				.doesNotHaveBean(SunorJobs.class));
	}

	@Test
	void anApplicationsOwnPollerServesEachProvidersJobsWithoutTheJobsAutoConfiguration() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					ProvidersAutoConfiguration.class))
			.withBean(JobPoller.class, () -> JobPoller.builder().ownThreads(1).build(), (definition) -> definition
				.setDestroyMethodName("close"))
			.withPropertyValues("providers.sunor.api-key=k1", "providers.supertone.api-key=k3")
			.run((context) -> {
				assertThat(context).hasSingleBean(SunorJobs.class).hasBean("sunorJobs").hasSingleBean(SupertoneApi.class);
				context.getBean(SunorJobs.class).resume("t-7");
				assertThat(context.getBean(JobPoller.class).inFlight("sunor")).as("the application's poller follows it")
					.isEqualTo(1);
			});
	}

	@Test
	void pollingSettingsAreCheckedAtStartupWithTheRest() {
		this.runner.withPropertyValues("providers.sunor.api-key=k1", "providers.sunor.jobs.interval=0s").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(InvalidProviderConfigurationException.class)
				.hasMessage("Invalid provider configuration: providers.sunor.jobs.interval: must be positive, but is PT0S");
		});
	}

	@Test
	void jobsInFlightShowInHealthAndPollsAndDurationsInMetrics() {
		sunor.stubFor(post("/task").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-1\"}}")));
		sunor.stubFor(get("/task/t-1").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-1\",\"status\":\"running\"}}")));
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("providers.sunor.api-key=k1", "providers.sunor.base-url=" + sunor.baseUrl(),
					"providers.sunor.jobs.first-poll=50ms", "providers.sunor.jobs.interval=50ms",
					"providers.sunor.jobs.deadline=1m", "providers.sunor.rate-limit.enabled=false")
			.run((context) -> {
				GenerationJob<SunorTask> job = context.getBean(SunorJobs.class)
					.createTask(SunorTaskRequest.sunoLyrics("sea"));
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				await().atMost(Duration.ofSeconds(30)).until(() -> runningPolls(meters) >= 2);
				HealthIndicator health = (HealthIndicator) context
					.getBean("providersHealthContributor", CompositeHealthContributor.class)
					.getContributor("sunor");
				assertThat(health.health(true).getDetails()).containsEntry("jobsInFlight", 1)
					.containsEntry("jobStore", "local");
				sunor.stubFor(get("/task/t-1")
					.willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-1\",\"status\":\"success\"}}")));
				job.await();
				// The outcome is recorded as the future completes, maybe just after await returns.
				await().atMost(Duration.ofSeconds(5))
					.until(() -> meters.find(MicrometerJobObserver.DURATION_METRIC).timer() != null);
				assertThat(health.health(true).getDetails()).containsEntry("jobsInFlight", 0);
				assertThat(runningPolls(meters)).isGreaterThanOrEqualTo(2);
				assertThat(meters.get(MicrometerJobObserver.DURATION_METRIC)
					.tags("provider", "sunor", "outcome", "succeeded")
					.timer()
					.count()).isEqualTo(1);
			});
	}

	@Test
	void theJobPollerStopsWithTheContext() {
		JobPoller[] poller = new JobPoller[1];
		this.runner.withPropertyValues("providers.sunor.api-key=k1").run((context) -> {
			poller[0] = context.getBean(JobPoller.class);
			context.getBean(SunorJobs.class).resume("left-running");
			assertThat(poller[0].inFlight("sunor")).isEqualTo(1);
		});
		assertThat(poller[0].inFlight("sunor")).isZero();
		assertThat(Thread.getAllStackTraces().keySet().stream().filter((t) -> t.getName().startsWith("genmedia-job-poll-")))
			.as("the poll threads end").allMatch((t) -> {
				try {
					t.join(Duration.ofSeconds(10).toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return !t.isAlive();
			});
	}

	@Test
	void afterTheContextClosedATaskIsRefusedBeforeItIsSent() {
		sunor.stubFor(post("/task").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-late\"}}")));
		SunorJobs[] jobs = new SunorJobs[1];
		this.runner.withPropertyValues("providers.sunor.api-key=k1", "providers.sunor.base-url=" + sunor.baseUrl(),
				"providers.sunor.rate-limit.enabled=false")
			.run((context) -> jobs[0] = context.getBean(SunorJobs.class));

		// A bean kept past shutdown (a late thread, a shutdown hook) would charge a
		// generation nobody follows.
		assertThatExceptionOfType(JobPollerClosedException.class)
			.isThrownBy(() -> jobs[0].createTask(SunorTaskRequest.sunoLyrics("sea")))
			.withMessage("Nothing was sent to provider 'sunor': the job poller is closed");
		sunor.verify(0, postRequestedFor(urlEqualTo("/task")));
	}

	private static double runningPolls(MeterRegistry meters) {
		Counter polls = meters.find(MicrometerJobObserver.POLLS_METRIC)
			.tags("provider", "sunor", "outcome", "running")
			.counter();
		return (polls != null) ? polls.count() : 0;
	}

}
