package io.github.genmedia.providers.sunor;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobDeadlineExceededException;
import io.github.genmedia.providers.job.JobFailedException;
import io.github.genmedia.providers.job.JobNotFoundException;
import io.github.genmedia.providers.job.JobObserver;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobPollerClosedException;
import io.github.genmedia.providers.job.JobTimedOutException;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.retry.RetrySettings;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Sunor tasks followed to each outcome against a stand-in that walks them through their
 * states.
 */
class SunorJobsWireTest {

	@RegisterExtension
	static WireMockExtension sunor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** Polls 50 ms apart; a deadline no busy machine reaches in these tests. */
	private static final PollingSettings QUICK = new PollingSettings(Duration.ofMillis(50), Duration.ofMillis(50),
			Duration.ofMillis(200), Duration.ofMinutes(1), false);

	private final JobPoller poller = new JobPoller(4, Clock.systemUTC(), JobObserver.NONE);

	private final SunorApi api = TypedApis.create(SunorApi.class, "sunor", sunor.baseUrl(),
			ProviderAuth.header("x-api-key", null), "sk-sunor-jobs", new SunorErrorDecoder(),
			RetrySettings.defaults().withInitialInterval(Duration.ofMillis(10)).withJitter(Duration.ZERO));

	private final SunorJobs jobs = new SunorJobs(this.api, this.poller, QUICK);

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void aTaskGoesPendingRunningSuccessAndTheJobCompletesWithIt() {
		created("t-1");
		walk("t-1", "pending", "running", "paused-a-status-nobody-documented", "success");

		SunorTask task = this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea")).await();

		assertThat(task.status()).isEqualTo(SunorTaskStatus.SUCCESS);
		assertThat(task.output().clips()).extracting(SunorClip::id).containsExactly("c-1");
		sunor.verify(4, getRequestedFor(urlEqualTo("/task/t-1")));
	}

	@Test
	void aFailedTaskFailsTheJobWithSunorsReason() {
		created("t-2");
		walk("t-2", "running", "failure");

		GenerationJob<SunorTask> job = this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea"));

		assertThatExceptionOfType(JobFailedException.class).isThrownBy(job::await)
			.withMessage("Provider 'sunor' reports job t-2 failed: content_moderation")
			.satisfies((ex) -> assertThat(ex.getJobId()).isEqualTo("t-2"));
	}

	@Test
	void sunorsOwnTimeoutIsItsOwnException() {
		created("t-3");
		walk("t-3", "running", "timeout");

		assertThatExceptionOfType(JobTimedOutException.class)
			.isThrownBy(() -> this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea")).await())
			.withMessage("Provider 'sunor' timed job t-3 out: content_moderation");
	}

	@Test
	void a429DuringPollingWaitsItsRetryAfterAndTheJobGoesOn() {
		created("t-4");
		sunor.stubFor(get("/task/t-4").inScenario("t-4").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":429,\"message\":\"Rate limit exceeded. Try again in 1 seconds.\"}"))
			.willSetStateTo("after"));
		sunor.stubFor(get("/task/t-4").inScenario("t-4").whenScenarioStateIs("after").willReturn(okJson(task("t-4", "success"))));

		long start = System.nanoTime();
		SunorTask task = this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea")).await();

		assertThat(task.status()).isEqualTo(SunorTaskStatus.SUCCESS);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		sunor.verify(2, getRequestedFor(urlEqualTo("/task/t-4")));
	}

	@Test
	void aPollRefusedARateLimitPermitIsTriedAgainWhenThePermitIsDue() {
		created("t-9");
		walk("t-9", "running", "success");
		// One request a second, and none may wait: the first poll, 50 ms after the
		// creation, is refused its permit and must come back when one is due, not fail.
		ProviderDefinition limited = new ProviderDefinition("sunor", URI.create(sunor.baseUrl()),
				ProviderAuth.header("x-api-key", null), Credential.of("sk-sunor-jobs"), null, null, Map.of(),
				RetrySettings.defaults().withEnabled(false))
			.withRateLimit(RateLimitSettings.of(1, Duration.ofSeconds(1)).withMaxWait(Duration.ZERO));
		SunorJobs jobs = new SunorJobs(TypedApis.create(SunorApi.class, limited, new SunorErrorDecoder()), this.poller,
				QUICK);

		long start = System.nanoTime();
		SunorTask task = jobs.createTask(SunorTaskRequest.sunoLyrics("sea")).await();

		assertThat(task.status()).isEqualTo(SunorTaskStatus.SUCCESS);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		sunor.verify(2, getRequestedFor(urlEqualTo("/task/t-9")));
	}

	@Test
	void pollsThatFailWithServerErrorsAreTriedAgainAndTheJobIsNotLost() {
		created("t-5");
		String state = Scenario.STARTED;
		for (int i = 0; i < 4; i++) {
			sunor.stubFor(get("/task/t-5").inScenario("t-5").whenScenarioStateIs(state)
				.willReturn(aResponse().withStatus(503).withBody("{\"code\":503,\"message\":\"busy\"}"))
				.willSetStateTo("s" + i));
			state = "s" + i;
		}
		sunor.stubFor(get("/task/t-5").inScenario("t-5").whenScenarioStateIs(state).willReturn(okJson(task("t-5", "success"))));

		assertThat(this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea")).await().status())
			.isEqualTo(SunorTaskStatus.SUCCESS);
		sunor.verify(5, getRequestedFor(urlEqualTo("/task/t-5")));
	}

	@Test
	void theDeadlineEndsTheWaitWithTheJobIdToResume() {
		created("t-6");
		sunor.stubFor(get("/task/t-6").willReturn(okJson(task("t-6", "running"))));
		SunorJobs shortDeadline = new SunorJobs(this.api, this.poller, new PollingSettings(Duration.ofMillis(50),
				Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(400), false));

		assertThatExceptionOfType(JobDeadlineExceededException.class)
			.isThrownBy(() -> shortDeadline.createTask(SunorTaskRequest.sunoLyrics("sea")).await())
			.withMessage("Job t-6 of provider 'sunor' was still running after PT0.4S; it goes on at the provider: "
					+ "resume waiting with resume(\"sunor\", \"t-6\")")
			.satisfies((ex) -> assertThat(ex.getJobId()).isEqualTo("t-6"));
	}

	@Test
	void aResumedTaskIsPolledAtOnce() throws Exception {
		sunor.stubFor(get("/task/t-7").willReturn(okJson(task("t-7", "success"))));
		SunorJobs slowFirstPoll = new SunorJobs(this.api, this.poller, new PollingSettings(Duration.ofHours(1),
				Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofHours(2), false));

		// A first poll as for a new task would come an hour later.
		assertThat(slowFirstPoll.resume("t-7").future().get(30, TimeUnit.SECONDS).taskId()).isEqualTo("t-7");
	}

	@Test
	void cancellingStopsThePolling() throws Exception {
		created("t-8");
		sunor.stubFor(get("/task/t-8").willReturn(okJson(task("t-8", "running"))));
		GenerationJob<SunorTask> job = this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea"));
		await().atMost(Duration.ofSeconds(30)).until(() -> polls("/task/t-8") >= 2);

		assertThat(job.cancel()).isTrue();
		int polls = polls("/task/t-8");
		// Another job, polled every 50 ms on the same poller, shows the time in which t-8
		// would have been polled ten times over; one poll already on the wire may still land.
		sunor.stubFor(get("/task/t-witness").willReturn(okJson(task("t-witness", "running"))));
		GenerationJob<SunorTask> witness = this.jobs.resume("t-witness");
		await().atMost(Duration.ofSeconds(30)).until(() -> polls("/task/t-witness") >= 10);
		witness.cancel();

		assertThat(polls("/task/t-8")).isLessThanOrEqualTo(polls + 1);
		assertThatExceptionOfType(CancellationException.class).isThrownBy(job::await);
		assertThat(this.poller.inFlight("sunor")).isZero();
	}

	@Test
	void aThousandJobsInFlightShareAFewThreads() throws Exception {
		sunor.stubFor(post("/task").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"many\"}}")));
		sunor.stubFor(get(urlPathMatching("/task/bulk-.*")).willReturn(okJson(task("bulk", "running"))));
		List<GenerationJob<SunorTask>> many = new ArrayList<>();
		SunorJobs bulk = new SunorJobs(this.api, this.poller, new PollingSettings(Duration.ofMillis(100),
				Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMinutes(1), false));
		int before = threads();
		for (int i = 0; i < 1000; i++) {
			many.add(bulk.resume("bulk-" + i));
		}
		// A thousand polls made: the poller has started every thread it will.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> sunor.countRequestsMatching(getRequestedFor(urlPathMatching("/task/bulk-.*")).build())
				.getCount() >= 1000);

		assertThat(this.poller.inFlight("sunor")).isEqualTo(1000);
		assertThat(threads() - before).as("poller threads for 1,000 jobs").isLessThanOrEqualTo(5);
		sunor.stubFor(get(urlPathMatching("/task/bulk-.*")).willReturn(okJson(task("bulk", "success"))));
		for (GenerationJob<SunorTask> job : many) {
			assertThat(job.future().get(30, TimeUnit.SECONDS).status()).isEqualTo(SunorTaskStatus.SUCCESS);
		}
		assertThat(this.poller.inFlight("sunor")).isZero();
	}

	@Test
	void anUnknownTaskIdFailsAfterOneConfirmingPollNotAtTheDeadline() {
		sunor.stubFor(get("/task/t-typo").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":404,\"message\":\"Task not found\"}")));

		assertThatExceptionOfType(JobNotFoundException.class).isThrownBy(() -> this.jobs.resume("t-typo").await())
			.withMessage("Provider 'sunor' does not know job t-typo: Task not found (asked twice); check the job id, "
					+ "and that the job was made with the same account")
			.satisfies((ex) -> assertThat(ex.getProvider()).isEqualTo("sunor"))
			.satisfies((ex) -> assertThat(ex.getJobId()).isEqualTo("t-typo"));
		sunor.verify(2, getRequestedFor(urlEqualTo("/task/t-typo")));
		assertThat(this.poller.inFlight("sunor")).isZero();
	}

	@Test
	void aTaskNotFoundOnceAndThenFoundIsFollowedToItsOutcome() {
		created("t-10");
		sunor.stubFor(get("/task/t-10").inScenario("t-10").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
				.withBody("{\"code\":404,\"message\":\"Task not found\"}"))
			.willSetStateTo("visible"));
		sunor.stubFor(get("/task/t-10").inScenario("t-10").whenScenarioStateIs("visible")
			.willReturn(okJson(task("t-10", "success"))));

		assertThat(this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea")).await().status())
			.isEqualTo(SunorTaskStatus.SUCCESS);
		sunor.verify(2, getRequestedFor(urlEqualTo("/task/t-10")));
	}

	@Test
	void a404WithoutSunorsErrorBodyIsAFailedPollTriedAgain() {
		// A proxy's page (a wrong base URL, a gateway) says nothing about the task.
		created("t-11");
		String state = Scenario.STARTED;
		for (int i = 0; i < 2; i++) {
			sunor.stubFor(get("/task/t-11").inScenario("t-11").whenScenarioStateIs(state)
				.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/html")
					.withBody("<html><body>404 Not Found</body></html>"))
				.willSetStateTo("s" + i));
			state = "s" + i;
		}
		sunor.stubFor(get("/task/t-11").inScenario("t-11").whenScenarioStateIs(state)
			.willReturn(okJson(task("t-11", "success"))));

		assertThat(this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea")).await().status())
			.isEqualTo(SunorTaskStatus.SUCCESS);
		sunor.verify(3, getRequestedFor(urlEqualTo("/task/t-11")));
	}

	@Test
	void createTaskAfterThePollerClosedIsRefusedBeforeAnythingIsSent() {
		created("t-12");
		this.poller.close();

		assertThatExceptionOfType(JobPollerClosedException.class)
			.isThrownBy(() -> this.jobs.createTask(SunorTaskRequest.sunoLyrics("sea")))
			.withMessage("Nothing was sent to provider 'sunor': the job poller is closed");
		assertThatExceptionOfType(JobPollerClosedException.class).isThrownBy(() -> this.jobs.resume("t-12"));
		sunor.verify(0, postRequestedFor(urlEqualTo("/task")));
		sunor.verify(0, getRequestedFor(urlEqualTo("/task/t-12")));
	}

	private static int polls(String path) {
		return sunor.countRequestsMatching(getRequestedFor(urlEqualTo(path)).build()).getCount();
	}

	private static int threads() {
		return (int) Thread.getAllStackTraces().keySet().stream().filter((t) -> t.getName().startsWith("genmedia-job")).count();
	}

	private static void created(String id) {
		sunor.stubFor(post("/task").willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"" + id + "\",\"status\":\"pending\"}}")));
	}

	private static void walk(String id, String... statuses) {
		String state = Scenario.STARTED;
		for (int i = 0; i < statuses.length; i++) {
			String next = (i + 1 < statuses.length) ? "step" + (i + 1) : state;
			sunor.stubFor(get("/task/" + id).inScenario(id).whenScenarioStateIs(state)
				.willReturn(okJson(task(id, statuses[i])))
				.willSetStateTo(next));
			state = next;
		}
	}

	private static String task(String id, String status) {
		String output = status.equals("success")
				? "{\"task_type\":\"music\",\"status\":\"completed\",\"progress\":\"100%\",\"result\":[{\"id\":\"c-1\"}]}" : "null";
		String error = (status.equals("failure") || status.equals("timeout")) ? "\"content_moderation\"" : "null";
		return "{\"code\":200,\"data\":{\"task_id\":\"" + id + "\",\"status\":\"" + status + "\",\"output\":" + output
				+ ",\"error\":" + error + "}}";
	}

}
