package io.github.genmedia.providers.autoconfigure.threads;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.job.ProviderJobsAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobDeadlineExceededException;
import io.github.genmedia.providers.job.JobObserver;
import io.github.genmedia.providers.suno.SunoAccount;
import io.github.genmedia.providers.suno.SunoTokenObserver;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.TaskScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The starter's timed and blocking work all runs on its one set of threads: a job's polls
 * and deadline, a Suno token refresh, and the reads of a changed key file and cookie file,
 * with one thread waiting for the changes of both files; on virtual threads when Spring
 * Boot's are enabled; none left once the context is closed. No {@code TaskScheduler} bean
 * is published, so Boot's own scheduling stays in charge of {@code @Scheduled}.
 */
class StarterThreadsTests {

	private static final String CLIENT = "client-token-of-account-a";

	private static final String KEY = "sk-threads-0123456789";

	@RegisterExtension
	static WireMockExtension clerk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension sunor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	/** Where each kind of work ran: its kind, then the threads. */
	private final Map<String, Set<Thread>> ranOn = new ConcurrentHashMap<>();

	private final AtomicInteger defaultAccounts = new AtomicInteger();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class,
				ProviderJobsAutoConfiguration.class, SunoAutoConfiguration.class))
		.withBean(JobObserver.class, () -> new JobObserver() {

			@Override
			public void polled(String provider, String outcome) {
				ran("job poll");
			}

			@Override
			public void finished(String provider, String outcome, Duration duration) {
				if ("deadline".equals(outcome)) {
					ran("job deadline");
				}
			}

		})
		.withBean(SunoTokenObserver.class, () -> new SunoTokenObserver() {

			@Override
			public void refreshed(SunoAccount account, boolean success, Duration duration) {
				ran("suno refresh");
			}

			@Override
			public void started(SunoAccount account, boolean defaultAccount) {
				// First with the context; then as the rotated cookie file is read.
				if (defaultAccount && StarterThreadsTests.this.defaultAccounts.incrementAndGet() > 1) {
					ran("cookie file read");
				}
			}

		})
		.withPropertyValues("providers.suno.clerk.base-url=" + clerk.baseUrl(), "providers.suno.retry.enabled=false",
				"providers.sunor.base-url=" + sunor.baseUrl(), "providers.sunor.rate-limit.enabled=false",
				"providers.sunor.jobs.first-poll=50ms", "providers.sunor.jobs.interval=100ms",
				"providers.sunor.jobs.deadline=1s");

	@Test
	void allTimedAndBlockingWorkRunsOnTheStartersThreadsAndEndsWithTheContext() throws Exception {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		Set<Thread> starters = ConcurrentHashMap.newKeySet();
		run(Map.of(), (threads) -> {
			assertThat(this.ranOn.get("job poll")).allSatisfy(
					(thread) -> assertThat(thread.getName()).startsWith("genmedia-job-poll-sunor-"));
			assertThat(this.ranOn.get("job deadline")).allSatisfy(
					(thread) -> assertThat(thread.getName()).startsWith("genmedia-job-outcome-sunor-"));
			assertThat(this.ranOn.get("suno refresh")).allSatisfy(
					(thread) -> assertThat(thread.getName()).startsWith("genmedia-suno-token-"));
			assertThat(this.ranOn.get("cookie file read")).allSatisfy(
					(thread) -> assertThat(thread.getName()).startsWith("genmedia-file-read-"));
			Set<String> names = starterThreads(before).stream().map(Thread::getName).collect(Collectors.toSet());
			assertThat(names).as("one thread waits for the changes of both files").containsOnlyOnce(
					"genmedia-file-watch-1");
			assertThat(names).noneMatch((name) -> name.startsWith("genmedia-secret-file-"));
			assertThat(starterThreads(before)).allSatisfy((thread) -> assertThat(thread.isDaemon()).isTrue());
			starters.addAll(starterThreads(before));
		});
		assertThat(starters).isNotEmpty();
		assertEnded(starters);
	}

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21, disabledReason = "virtual threads need Java 21 or later")
	void withVirtualThreadsEnabledAllTheWorkRunsOnVirtualThreads() throws Exception {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		Set<Thread> starters = ConcurrentHashMap.newKeySet();
		run(Map.of("spring.threads.virtual.enabled", "true"), (threads) -> {
			assertThat(threads.toString()).isEqualTo("StarterThreads[virtual]");
			assertThat(this.ranOn.values().stream().flatMap(Set::stream)).isNotEmpty()
				.allSatisfy((thread) -> assertThat(isVirtual(thread)).as(thread.getName()).isTrue())
				.allSatisfy((thread) -> assertThat(thread.getName()).startsWith("genmedia-"));
			// The scheduler's own timer threads, and the virtual threads the work ran on.
			starters.addAll(starterThreads(before));
			starters.addAll(this.ranOn.values().stream().flatMap(Set::stream).toList());
		});
		assertEnded(starters);
	}

	private static void assertEnded(Set<Thread> threads) throws InterruptedException {
		for (Thread thread : threads) {
			thread.join(TimeUnit.SECONDS.toMillis(10));
			assertThat(thread.isAlive()).as("%s ended with the context", thread.getName()).isFalse();
		}
	}

	private void run(Map<String, String> properties, ThrowingConsumer<StarterThreads> assertions) throws Exception {
		stubClerk();
		// A poll answered after the deadline: only the deadline's own timer can end the job.
		sunor.stubFor(get(urlPathEqualTo("/task/t-1"))
			.willReturn(okJson("{\"code\":200,\"data\":{\"task_id\":\"t-1\",\"status\":\"running\"}}")
				.withFixedDelay(2000)));
		Path keyFile = Files.writeString(this.directory.resolve("api-key"), KEY + "\n");
		Path cookieFile = Files.writeString(this.directory.resolve("cookie"), "__client=" + CLIENT + "\n");
		this.runner
			.withPropertyValues("providers.sunor.api-key-file=" + keyFile, "providers.suno.cookie-file=" + cookieFile)
			.withPropertyValues(properties.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue())
				.toArray(String[]::new))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(TaskScheduler.class);
				GenerationJob<SunorTask> job = context.getBean(SunorJobs.class).resume("t-1");
				// Not waited for by joining the future: a joining thread may run its dependent
				// stages itself, the observer's among them.
				await().atMost(Duration.ofSeconds(10)).until(() -> this.ranOn.containsKey("job deadline"));
				assertThatExceptionOfType(JobDeadlineExceededException.class).isThrownBy(job::await);
				context.getBean(SunoTokenProvider.class).currentToken(Duration.ofSeconds(10));
				Files.writeString(cookieFile, "__client=client-token-of-account-b\n");
				await().atMost(Duration.ofSeconds(15)).until(() -> this.ranOn.containsKey("cookie file read"));
				await().atMost(Duration.ofSeconds(10)).until(() -> this.ranOn.containsKey("job poll"));
				assertThat(this.ranOn).containsKey("suno refresh");
				assertions.accept(context.getBean(StarterThreads.class));
			});
	}

	private void ran(String work) {
		this.ranOn.computeIfAbsent(work, (key) -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread());
	}

	private static Set<Thread> starterThreads(Set<Thread> before) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("genmedia-") && !before.contains(thread))
			.collect(Collectors.toSet());
	}

	private static boolean isVirtual(Thread thread) {
		try {
			return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void stubClerk() {
		for (String client : new String[] { CLIENT, "client-token-of-account-b" }) {
			clerk.stubFor(get(urlPathEqualTo("/v1/client")).withHeader("Authorization", equalTo(client))
				.willReturn(okJson("{\"response\":{\"last_active_session_id\":\"sess\"}}")));
			clerk.stubFor(post(urlPathEqualTo("/v1/client/sessions/sess/tokens")).withHeader("Authorization", equalTo(client))
				.willReturn(okJson("{\"jwt\":\"" + jwt() + "\"}")));
		}
	}

	private static String jwt() {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		long now = Instant.now().getEpochSecond();
		String header = encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
		String payload = encoder.encodeToString(("{\"sub\":\"account\",\"iat\":" + now + ",\"exp\":" + (now + 60) + "}")
			.getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".signature";
	}

	@FunctionalInterface
	private interface ThrowingConsumer<T> {

		void accept(T value) throws Exception;

	}

}
