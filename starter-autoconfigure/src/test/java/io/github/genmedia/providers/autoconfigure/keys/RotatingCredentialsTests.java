package io.github.genmedia.providers.autoconfigure.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.RequestCredential;
import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.ProviderRestClientFactory;
import io.github.genmedia.providers.autoconfigure.ProviderRuntimes;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.health.ProvidersHealthContributorAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import io.github.genmedia.providers.keys.ProviderCredentialSource;
import io.github.genmedia.providers.keys.SourcedCredentials;
import io.github.genmedia.providers.ratelimit.RateLimitExceededException;
import io.github.genmedia.providers.testsupport.SteppedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Keys that change while the application runs, against a stand-in that accepts only the
 * keys it is told: a key file edited in place and swapped by a symbolic link, several
 * keys with one revoked, tenants' keys on concurrent requests, and keys from the
 * application's credential source.
 */
class RotatingCredentialsTests {

	private static final String OLD_KEY = "sk-sunor-old-key-0000aaaa";

	private static final String NEW_KEY = "sk-sunor-new-key-1111bbbb";

	private static final String KEY_ONE = "sk-sunor-key-one-0000cccc";

	private static final String KEY_TWO = "sk-sunor-key-two-0000dddd";

	private static final String TENANT = "sk-tenant-key-000000eeee";

	/** One request an hour per key, and no waiting: the second request of a key is refused. */
	private static final String[] ONE_REQUEST_PER_KEY = { "providers.sunor.rate-limit.enabled=true",
			"providers.sunor.rate-limit.requests=1", "providers.sunor.rate-limit.period=1h",
			"providers.sunor.rate-limit.max-wait=0s", "providers.sunor.retry.enabled=false" };

	@RegisterExtension
	static WireMockExtension sunor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path directory;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, ProvidersHealthContributorAutoConfiguration.class))
		.withPropertyValues("providers.sunor.base-url=" + sunor.baseUrl(), "providers.sunor.rate-limit.enabled=false",
				"providers.sunor.retry.initial-interval=10ms", "providers.sunor.retry.jitter=0ms");

	@BeforeEach
	void rejectUnknownKeys() {
		sunor.stubFor(get(urlPathMatching("/.*")).atPriority(10)
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
				.withBody("{\"code\":401,\"message\":\"Invalid API key\"}")));
	}

	private static void accept(String key) {
		sunor.stubFor(get(urlPathMatching("/.*")).atPriority(1).withHeader("x-api-key", equalTo(key)).willReturn(ok("ok")));
	}

	@Test
	void aKeyFileEditedInPlaceTakesEffectWithoutARestart() throws IOException {
		Path file = write(this.directory.resolve("api-key"), OLD_KEY + "\n");
		accept(OLD_KEY);
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file).run((context) -> {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			assertThat(client.get().uri("/balance").retrieve().body(String.class)).isEqualTo("ok");

			sunor.resetAll();
			rejectUnknownKeys();
			accept(NEW_KEY);
			Files.writeString(file, NEW_KEY + "\n", StandardCharsets.UTF_8);

			await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(call(client)).isEqualTo("ok"));
			sunor.verify(getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(NEW_KEY)));
			assertThat(client.get().uri("/balance").retrieve().body(String.class)).isEqualTo("ok");
		});
	}

	@Test
	void aKeyFileSwappedByASymbolicLinkAsKubernetesDoesTakesEffectWithoutARestart() throws IOException {
		// Kubernetes: key -> ..data/key, ..data -> ..<timestamp>; an update writes a new
		// timestamped directory and renames a new ..data link over the old one.
		Files.createDirectories(this.directory.resolve("..2026_11_29_1"));
		write(this.directory.resolve("..2026_11_29_1/api-key"), OLD_KEY);
		Files.createSymbolicLink(this.directory.resolve("..data"), Path.of("..2026_11_29_1"));
		Path file = Files.createSymbolicLink(this.directory.resolve("api-key"), Path.of("..data/api-key"));
		accept(OLD_KEY);
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file).run((context) -> {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			assertThat(call(client)).isEqualTo("ok");

			sunor.resetAll();
			rejectUnknownKeys();
			accept(NEW_KEY);
			Files.createDirectories(this.directory.resolve("..2026_11_29_2"));
			write(this.directory.resolve("..2026_11_29_2/api-key"), NEW_KEY);
			Files.createSymbolicLink(this.directory.resolve("..data_tmp"), Path.of("..2026_11_29_2"));
			Files.move(this.directory.resolve("..data_tmp"), this.directory.resolve("..data"),
					StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

			await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(call(client)).isEqualTo("ok"));
			sunor.verify(getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(NEW_KEY)));
		});
	}

	@Test
	void healthShowsTheKeysOfASingleKeyFileWhileNothingIsWrongWithThem() throws IOException {
		Path file = write(this.directory.resolve("api-key"), OLD_KEY);
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file)
			.run((context) -> assertThat(health(context).getDetails().get("keys")).isEqualTo(Map.of("count", 1)));
	}

	@Test
	void healthShowsTheKeysOfACredentialSourceWhileNothingIsWrongWithThem() {
		this.runner
			.withBean(ProviderCredentialSource.class,
					() -> (provider) -> SourcedCredentials.of(OLD_KEY, Duration.ofMinutes(5)))
			.withPropertyValues("providers.sunor.enabled=true")
			.run((context) -> assertThat(health(context).getDetails().get("keys")).isEqualTo(Map.of("count", 1)));
	}

	@Test
	void healthLeavesASingleConfiguredKeyOut() {
		this.runner.withPropertyValues("providers.sunor.api-key=" + OLD_KEY)
			.run((context) -> assertThat(health(context).getDetails()).doesNotContainKey("keys"));
	}

	@Test
	void aKeyFileThatBecomesInvalidKeepsTheLastGoodKeyAndSaysSoInHealth() throws IOException {
		Path file = write(this.directory.resolve("api-key"), OLD_KEY);
		accept(OLD_KEY);
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file).run((context) -> {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			Files.writeString(file, "   \n", StandardCharsets.UTF_8);
			// A key file's keys are always in health; the problem appears once the file is read again.
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(String.valueOf(health(context).getDetails().get("keys")))
					.contains("problem="));
			assertThat(call(client)).isEqualTo("ok");
			Health health = health(context);
			assertThat(health.getDetails().get("keys").toString())
				.contains("problem=the credential in file " + file + " is empty; the last good key is in use");
			assertThat(health.toString()).doesNotContain(OLD_KEY);
		});
	}

	@Test
	void aRotatedKeyWithoutThePrefixIsRefusedInTheWordingOfStartupAndOfATenantsKey() throws IOException {
		Path file = write(this.directory.resolve("api-key"), OLD_KEY);
		accept(OLD_KEY);
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file, "providers.sunor.auth.key-prefix=sk-sunor-")
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				Files.writeString(file, TENANT, StandardCharsets.UTF_8);
				await().atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(String.valueOf(health(context).getDetails().get("keys")))
						.contains("problem="));
				assertThat(call(client)).isEqualTo("ok");
				assertThat(health(context).getDetails().get("keys").toString()).contains("problem=the credential in file "
						+ file + " does not start with 'sk-sunor-'; the last good key is in use");
			});
	}

	@Test
	void aKeyFileThatGrowsPastTheLimitKeepsTheLastGoodKeyAndSaysSoInHealth() throws IOException {
		Path file = write(this.directory.resolve("api-key"), OLD_KEY);
		accept(OLD_KEY);
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file).run((context) -> {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			Files.writeString(file, (NEW_KEY + "\n").repeat(1000), StandardCharsets.UTF_8);
			// A key file's keys are always in health; the problem appears once the file is read again.
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(String.valueOf(health(context).getDetails().get("keys")))
					.contains("problem="));
			assertThat(call(client)).isEqualTo("ok");
			sunor.verify(getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(OLD_KEY)));
			assertThat(health(context).getDetails().get("keys")).isEqualTo(Map.of("count", 1, "problem",
					"the credential file " + file + " holds more than 16 KiB, the most a credential file may hold; "
							+ "the last good key is in use"));
		});
	}

	@Test
	void aRevokedKeyAmongThreeLeavesTheRotationWithoutFailingARequest() {
		String revoked = KEY_TWO;
		String third = "sk-sunor-key-three-000eeee";
		accept(KEY_ONE);
		accept(third);
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY_ONE, "providers.sunor.api-keys[0]=" + revoked,
					"providers.sunor.api-keys[1]=" + third, "providers.sunor.retry.enabled=false")
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				for (int i = 0; i < 30; i++) {
					assertThat(call(client)).isEqualTo("ok");
				}
				sunor.verify(1, getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(revoked)));
				sunor.verify(getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(KEY_ONE)));
				sunor.verify(getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(third)));
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails().get("keys"))
					.isEqualTo(Map.of("count", 3, "outOfRotation", List.of("...dddd")));
			});
	}

	@Test
	void a429OnOneKeyMovesTheRetryToAnotherKey() {
		String busy = "sk-sunor-busy-key-0000ffff";
		String idle = "sk-sunor-idle-key-00001111";
		sunor.stubFor(get(urlPathMatching("/.*")).atPriority(1).withHeader("x-api-key", equalTo(busy))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
				.withBody("{\"code\":429,\"message\":\"Rate limit exceeded\"}")));
		accept(idle);
		this.runner.withPropertyValues("providers.sunor.api-keys[0]=" + busy, "providers.sunor.api-keys[1]=" + idle,
				"providers.sunor.retry.enabled=false")
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				// Retries are off: without the second key each call would end in the 429.
				for (int i = 0; i < 10; i++) {
					assertThat(call(client)).isEqualTo("ok");
				}
				sunor.verify(1, getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(busy)));
			});
	}

	@Test
	void eachKeyDrawsOnABudgetOfItsOwn() {
		accept(KEY_ONE);
		accept(KEY_TWO);
		accept(TENANT);
		this.runner
			.withPropertyValues("providers.sunor.api-keys[0]=" + KEY_ONE, "providers.sunor.api-keys[1]=" + KEY_TWO)
			.withPropertyValues(ONE_REQUEST_PER_KEY)
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				assertThat(call(client)).isEqualTo("ok");
				assertThat(call(client)).isEqualTo("ok");
				assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> call(client));
				RestClient asTenant = context.getBean(ProviderClients.class).restClient("sunor", Credential.of(TENANT));
				assertThat(call(asTenant)).isEqualTo("ok");
				assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> call(asTenant));
				for (String key : List.of(KEY_ONE, KEY_TWO, TENANT)) {
					sunor.verify(1, getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(key)));
				}
			});
	}

	@Test
	void everyClientOfTheProviderDrawsOnTheSameBudgetOfEachKey() {
		accept(KEY_ONE);
		accept(KEY_TWO);
		this.runner
			.withPropertyValues("providers.sunor.api-keys[0]=" + KEY_ONE, "providers.sunor.api-keys[1]=" + KEY_TWO)
			.withPropertyValues(ONE_REQUEST_PER_KEY)
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				RestClient another = context.getBean(ProviderRestClientFactory.class)
					.create(context.getBean(ProviderRuntimes.class).get("sunor"));
				assertThat(call(client)).isEqualTo("ok");
				assertThat(call(client)).isEqualTo("ok");
				assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> call(another));
				assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(() -> call(another));
				sunor.verify(2, getRequestedFor(urlEqualTo("/balance")));
			});
	}

	@Test
	void noKeyReachesAnErrorMessageWhenTheProviderEchoesIt() {
		for (String key : List.of(KEY_ONE, KEY_TWO, TENANT)) {
			sunor.stubFor(get(urlPathMatching("/.*")).atPriority(1).withHeader("x-api-key", equalTo(key))
				.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
					.withBody("{\"code\":403,\"message\":\"key " + key + " is suspended\"}")));
		}
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY_ONE, "providers.sunor.api-keys[0]=" + KEY_TWO,
					"providers.sunor.retry.enabled=false")
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				List<String> messages = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					messages.add(catchThrowable(() -> call(client)).getMessage());
				}
				messages.add(catchThrowable(() -> call(context.getBean(ProviderClients.class)
					.restClient("sunor", Credential.of(TENANT)))).getMessage());
				assertThat(messages).hasSize(3).allSatisfy((message) -> assertThat(message)
					.contains("key [REDACTED] is suspended")
					.doesNotContain(KEY_ONE)
					.doesNotContain(KEY_TWO)
					.doesNotContain(TENANT));
			});
	}

	@Test
	void aTenantsRejectedKeyDoesNotTurnTheProviderDown() {
		accept(OLD_KEY);
		this.runner.withPropertyValues("providers.sunor.api-key=" + OLD_KEY).run((context) -> {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			assertThat(call(client)).isEqualTo("ok");
			RestClient revokedTenant = context.getBean(ProviderClients.class)
				.restClient("sunor", Credential.of("sk-revoked-tenant-0000"));
			assertThatExceptionOfType(ProviderAuthenticationException.class).isThrownBy(() -> call(revokedTenant));
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void aProviderFailingATenantsRequestsIsDownAllTheSame() {
		sunor.stubFor(get(urlPathMatching("/.*")).atPriority(1).withHeader("x-api-key", equalTo(TENANT))
			.willReturn(aResponse().withStatus(503)));
		this.runner.withPropertyValues("providers.sunor.api-key=" + OLD_KEY, "providers.sunor.retry.enabled=false")
			.run((context) -> {
				RestClient asTenant = context.getBean(ProviderClients.class).restClient("sunor", Credential.of(TENANT));
				for (int i = 0; i < 3; i++) {
					assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> call(asTenant));
				}
				assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
			});
	}

	@Test
	void twoTenantsKeysOnConcurrentRequestsNeverCross() throws Exception {
		String tenantA = "sk-tenant-a-key-00000000";
		String tenantB = "sk-tenant-b-key-11111111";
		sunor.stubFor(get(urlPathMatching("/tenant/a/.*")).atPriority(1).withHeader("x-api-key", equalTo(tenantA))
			.willReturn(ok("a")));
		sunor.stubFor(get(urlPathMatching("/tenant/b/.*")).atPriority(1).withHeader("x-api-key", equalTo(tenantB))
			.willReturn(ok("b")));
		this.runner.withPropertyValues("providers.sunor.api-key=" + OLD_KEY).run((context) -> {
			ProviderClients clients = context.getBean(ProviderClients.class);
			RestClient asA = clients.restClient("sunor", Credential.of(tenantA));
			RestClient sunorClient = context.getBean("sunorRestClient", RestClient.class);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			AtomicInteger failures = new AtomicInteger();
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				calls.add(pool.submit(() -> {
					try {
						String body = (n % 2 == 0) ? asA.get().uri("/tenant/a/" + n).retrieve().body(String.class)
								: sunorClient.get()
									.uri("/tenant/b/" + n)
									.attribute(RequestCredential.TENANT_ATTRIBUTE, tenantB)
									.retrieve()
									.body(String.class);
						assertThat(body).isEqualTo((n % 2 == 0) ? "a" : "b");
					}
					catch (RuntimeException ex) {
						failures.incrementAndGet();
					}
				}));
			}
			for (Future<?> call : calls) {
				call.get();
			}
			pool.shutdown();
			assertThat(failures).hasValue(0);
			List<ServeEvent> events = sunor.getAllServeEvents();
			assertThat(events).hasSize(200).allSatisfy((event) -> {
				String path = event.getRequest().getUrl();
				String key = event.getRequest().getHeader("x-api-key");
				assertThat(key).isEqualTo(path.startsWith("/tenant/a/") ? tenantA : tenantB);
			});
			// The configured key's client is untouched by the views.
			accept(OLD_KEY);
			assertThat(call(sunorClient)).isEqualTo("ok");
		});
	}

	@Test
	void keysComeFromTheApplicationsCredentialSourceAndAreAskedForAgainWhenTheirTimeIsUp() {
		AtomicInteger asked = new AtomicInteger();
		String[] current = { OLD_KEY };
		ProviderCredentialSource vault = (provider) -> {
			asked.incrementAndGet();
			return provider.equals("sunor") ? SourcedCredentials.of(current[0], Duration.ofSeconds(1)) : null;
		};
		accept(OLD_KEY);
		// The keys' time is the test's: they are cached for their second however slow the machine.
		SteppedClock clock = new SteppedClock();
		this.runner.withBean(ProviderCredentialSource.class, () -> vault)
			.withBean(ProviderKeyRings.class, () -> new ProviderKeyRings(vault, clock))
			.withPropertyValues("providers.sunor.enabled=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				assertThat(call(client)).isEqualTo("ok");
				assertThat(call(client)).isEqualTo("ok");
				assertThat(asked).hasValue(1);

				accept(NEW_KEY);
				current[0] = NEW_KEY;
				clock.advance(Duration.ofSeconds(1));
				await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
					call(client);
					sunor.verify(getRequestedFor(urlEqualTo("/balance")).withHeader("x-api-key", equalTo(NEW_KEY)));
				});
				assertThat(asked).hasValue(2);
			});
	}

	@Test
	void aCredentialSourceThatFailsKeepsTheLastGoodKeys() {
		AtomicInteger asked = new AtomicInteger();
		ProviderCredentialSource flaky = (provider) -> {
			if (asked.incrementAndGet() > 1) {
				throw new IOException("vault sealed, token " + NEW_KEY);
			}
			return SourcedCredentials.of(OLD_KEY, Duration.ofSeconds(1));
		};
		accept(OLD_KEY);
		SteppedClock clock = new SteppedClock();
		this.runner.withBean(ProviderCredentialSource.class, () -> flaky)
			.withBean(ProviderKeyRings.class, () -> new ProviderKeyRings(flaky, clock))
			.withPropertyValues("providers.sunor.enabled=true")
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				assertThat(call(client)).isEqualTo("ok");
				clock.advance(Duration.ofSeconds(1));
				assertThat(call(client)).isEqualTo("ok");
				assertThat(asked).hasValue(2);
				String keys = String.valueOf(health(context).getDetails().get("keys"));
				assertThat(keys).contains("credential source failed (java.io.IOException)").doesNotContain(NEW_KEY);
			});
	}

	@Test
	void aCredentialSourceWithoutAKeyForAnEnabledProviderStopsStartup() {
		this.runner.withBean(ProviderCredentialSource.class, () -> (provider) -> null)
			.withPropertyValues("providers.sunor.enabled=true")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("providers.sunor.api-key: is not set, and the application's "
							+ "ProviderCredentialSource gave no key: the credential source has no credential for the provider");
			});
	}

	@Test
	void aCredentialSourceThatHangsHoldsARequestOnlyForItsTimeoutAndShowsInHealth() {
		AtomicInteger asked = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		ProviderCredentialSource hanging = (provider) -> {
			if (asked.incrementAndGet() > 1) {
				release.await();
			}
			return SourcedCredentials.of(OLD_KEY, Duration.ofSeconds(1));
		};
		accept(OLD_KEY);
		this.runner.withBean(ProviderCredentialSource.class, () -> hanging)
			// Long enough for the source's first, instant answer to be taken on a busy machine.
			.withPropertyValues("providers.sunor.enabled=true", "providers.sunor.credential-source-timeout=2s")
			.run((context) -> {
				try {
					RestClient client = context.getBean("sunorRestClient", RestClient.class);
					// Once the keys are due, a request waits 2 s for the source, then goes on
					// with the last key; without the timeout it would wait for the latch.
					await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
						assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> call(client))).isEqualTo("ok");
						assertThat(String.valueOf(health(context).getDetails().get("keys"))).contains(
								"problem=the credential source did not answer within 2 s; the last good key is in use");
					});
					assertThat(asked).hasValue(2);
				}
				finally {
					release.countDown();
				}
			});
	}

	@Test
	void aCredentialSourceThatHangsAtStartupFailsStartupAfterItsTimeout() {
		CountDownLatch release = new CountDownLatch(1);
		try {
			this.runner.withBean(ProviderCredentialSource.class, () -> (provider) -> {
				release.await();
				return null;
			}).withPropertyValues("providers.sunor.enabled=true", "providers.sunor.credential-source-timeout=300ms")
				.run((context) -> {
					assertThat(context).hasFailed();
					assertThat(context.getStartupFailure()).rootCause()
						.isInstanceOf(InvalidProviderConfigurationException.class)
						.satisfies((failure) -> assertThat(
								((InvalidProviderConfigurationException) failure).getProblems()).singleElement()
							.satisfies((problem) -> {
								assertThat(problem.property()).isEqualTo("providers.sunor.api-key");
								assertThat(problem.problem()).isEqualTo("is not set, and the application's "
										+ "ProviderCredentialSource gave no key: the credential source did not answer "
										+ "within 300 ms");
								assertThat(problem.action()).isEqualTo("Make the ProviderCredentialSource answer for "
										+ "'sunor' within providers.sunor.credential-source-timeout (300ms), raise that "
										+ "timeout, or set providers.sunor.api-key.");
							}));
				});
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void aCredentialSourceTimeoutThatIsNotPositiveStopsStartup() {
		this.runner.withBean(ProviderCredentialSource.class, () -> (provider) -> null)
			.withPropertyValues("providers.sunor.api-key=" + OLD_KEY, "providers.sunor.credential-source-timeout=0s")
			.run((context) -> assertThat(context.getStartupFailure())
				.hasMessageContaining("providers.sunor.credential-source-timeout: must be positive, but is PT0S"));
	}

	private static String call(RestClient client) {
		return client.get().uri("/balance").retrieve().body(String.class);
	}

	private static Health health(org.springframework.context.ApplicationContext context) {
		HealthIndicator indicator = (HealthIndicator) context
			.getBean("providersHealthContributor", CompositeHealthContributor.class)
			.getContributor("sunor");
		return indicator.health(true);
	}

	private static Path write(Path file, String content) throws IOException {
		return Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
