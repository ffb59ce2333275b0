package io.github.genmedia.providers.job;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.retry.ObservationRetryObserver;
import io.github.genmedia.providers.retry.RetryInterceptor;
import io.github.genmedia.providers.retry.RetryObserver;
import io.github.genmedia.providers.retry.RetrySettings;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * A generation job is one observation from submission to outcome, current on the
 * submitting thread while it sends and on the poll threads while they poll, so that the
 * HTTP requests and the retry events of a job belong to it.
 */
class JobObservationTest {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final PollingSettings QUICK = new PollingSettings(Duration.ZERO, Duration.ofMillis(20),
			Duration.ofMillis(50), Duration.ofMinutes(1), false);

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final Events events = new Events();

	private final JobPoller poller = JobPoller.builder().ownThreads(2).observations(this.registry).build();

	JobObservationTest() {
		this.registry.observationConfig().observationHandler(this.events);
	}

	@AfterEach
	void close() {
		this.poller.close();
	}

	@Test
	void aJobIsOneObservationCurrentWhileItIsSentAndWhileEachPollRuns() throws Exception {
		List<@Nullable Observation> currentWhilePolling = new CopyOnWriteArrayList<>();
		AtomicInteger polls = new AtomicInteger();
		Observation[] currentWhileSending = new Observation[1];
		StandInTracker<String> tracker = new StandInTracker<>("stand-in", (jobId) -> {
			currentWhilePolling.add(this.registry.getCurrentObservation());
			return (polls.incrementAndGet() < 3) ? new JobStatus.Running<>("running", null)
					: new JobStatus.Succeeded<>("song");
		});

		GenerationJob<String> job = this.poller.submit(tracker, () -> {
			currentWhileSending[0] = this.registry.getCurrentObservation();
			return "job-1";
		}, QUICK);

		assertThat(job.future().get(10, TimeUnit.SECONDS)).isEqualTo("song");
		awaitStopped();
		assertThat(currentWhileSending[0]).isNotNull();
		assertThat(currentWhileSending[0].getContext().getName()).isEqualTo(JobObservation.NAME);
		assertThat(currentWhilePolling).hasSize(3).allSatisfy((current) -> assertThat(current).isSameAs(currentWhileSending[0]));
		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo(JobObservation.NAME, 1)
			.hasObservationWithNameEqualTo(JobObservation.NAME)
			.that()
			.hasContextualNameEqualTo("stand-in job")
			.hasLowCardinalityKeyValue(JobObservation.PROVIDER, "stand-in")
			.hasLowCardinalityKeyValue(JobObservation.OUTCOME, "succeeded")
			.hasHighCardinalityKeyValue(JobObservation.JOB_ID, "job-1")
			.hasHighCardinalityKeyValue(JobObservation.POLLS, "3")
			.doesNotHaveError()
			.doesNotHaveParentObservation();
	}

	@Test
	void aPollIsAChildHttpObservationOfTheJobAndItsRetryAnEventOfThePoll() throws Exception {
		provider.stubFor(get("/jobs/job-2").inScenario("blip")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(serviceUnavailable())
			.willSetStateTo("up"));
		provider.stubFor(get("/jobs/job-2").inScenario("blip").whenScenarioStateIs("up").willReturn(ok("done")));
		RestClient client = RestClient.builder()
			.baseUrl(provider.baseUrl())
			.requestInterceptor(new RetryInterceptor("stand-in",
					RetrySettings.defaults().withInitialInterval(Duration.ofMillis(10)).withJitter(Duration.ZERO),
					new ObservationRetryObserver(this.registry, RetryObserver.NONE)))
			.observationRegistry(this.registry)
			.build();
		StandInTracker<String> tracker = new StandInTracker<>("stand-in",
				(jobId) -> new JobStatus.Succeeded<>(client.get().uri("/jobs/{id}", jobId).retrieve().body(String.class)));

		GenerationJob<String> job = this.poller.resume(tracker, "job-2", QUICK);

		assertThat(job.future().get(10, TimeUnit.SECONDS)).isEqualTo("done");
		awaitStopped();
		assertThat(this.events.seen).containsExactly("http.client.requests " + ObservationRetryObserver.RETRY_EVENT);
		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("http.client.requests", 1)
			.hasObservationWithNameEqualTo("http.client.requests")
			.that()
			.hasParentObservationContextMatching((parent) -> parent.getName().equals(JobObservation.NAME)
					&& "job-2".equals(parent.getHighCardinalityKeyValue(JobObservation.JOB_ID).getValue()));
		assertThat(this.registry).hasObservationWithNameEqualTo(JobObservation.NAME)
			.that()
			.hasHighCardinalityKeyValue(JobObservation.JOB_ID, "job-2")
			.hasHighCardinalityKeyValue(JobObservation.POLLS, "1");
	}

	@Test
	void aFailedJobIsAnErrorOfItsObservation() throws Exception {
		StandInTracker<String> tracker = new StandInTracker<>("stand-in",
				(jobId) -> new JobStatus.Failed<>("content policy"));

		GenerationJob<String> job = this.poller.watch(tracker, "job-3", QUICK);

		await().atMost(Duration.ofSeconds(10)).until(() -> job.future().isDone());
		awaitStopped();
		assertThat(this.registry).hasObservationWithNameEqualTo(JobObservation.NAME)
			.that()
			.hasLowCardinalityKeyValue(JobObservation.OUTCOME, "failed")
			.hasHighCardinalityKeyValue(JobObservation.JOB_ID, "job-3")
			.assertThatError()
			.isInstanceOf(JobFailedException.class);
	}

	@Test
	void aJobThatCouldNotBeSentEndsItsObservationAtOnce() {
		StandInTracker<String> tracker = new StandInTracker<>("stand-in", (jobId) -> new JobStatus.Succeeded<>("x"));

		assertThatIllegalStateException().isThrownBy(() -> this.poller.submit(tracker, () -> {
			throw new IllegalStateException("provider down");
		}, QUICK));

		assertThat(this.registry).hasObservationWithNameEqualTo(JobObservation.NAME)
			.that()
			.hasLowCardinalityKeyValue(JobObservation.OUTCOME, JobObservation.NOT_SUBMITTED)
			.doesNotHaveHighCardinalityKeyValueWithKey(JobObservation.JOB_ID)
			.hasError();
		assertThat(this.poller.inFlight("stand-in")).isZero();
	}

	/** The outcome is observed as the future completes, maybe just after a waiter wakes. */
	private void awaitStopped() {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.events.stopped.get() > 0);
	}

	/** Records the events of every observation, and counts the stopped jobs. */
	static final class Events implements ObservationHandler<Observation.Context> {

		final List<String> seen = new CopyOnWriteArrayList<>();

		final AtomicInteger stopped = new AtomicInteger();

		@Override
		public void onEvent(Observation.Event event, Observation.Context context) {
			this.seen.add(context.getName() + " " + event.getName());
		}

		@Override
		public void onStop(Observation.Context context) {
			if (context.getName().equals(JobObservation.NAME)) {
				this.stopped.incrementAndGet();
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

}
