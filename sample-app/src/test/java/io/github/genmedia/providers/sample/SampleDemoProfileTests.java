package io.github.genmedia.providers.sample;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.genmedia.providers.test.ProviderStandIns;
import io.github.genmedia.providers.test.TestCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's demo, over real HTTP: offline stand-ins for every provider, all UP, and
 * {@code /demo} answered by each of them through the starter's authentication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "SUNOR_API_KEY=", "SUPERTONE_API_KEY=", "WHISUL_API_KEY=", "AUTYPE_API_KEY=", "SUNO_COOKIE=" })
@ActiveProfiles("demo")
class SampleDemoProfileTests {

	private static final String[] PROVIDERS = { "sunor", "supertone", "whisul", "autype", "suno" };

	@Value("${local.server.port}")
	int port;

	@Autowired
	ProviderStandIns standIns;

	@AfterEach
	void reset() {
		this.standIns.reset();
	}

	@Test
	void everyProviderIsUpInHealthOnceTheDemoRan() {
		get("/demo");
		JsonNode providers = get("/actuator/health/providers");
		assertThat(providers.path("status").asString()).isEqualTo("UP");
		for (String provider : PROVIDERS) {
			assertThat(providers.path("components").path(provider).path("status").asString()).as(provider)
				.isEqualTo("UP");
		}
		JsonNode components = providers.path("components");
		assertThat(components.path("sunor").path("details").path("probe").path("available").asInt()).isEqualTo(950);
		assertThat(components.path("supertone").path("details").path("probe").path("balance").asInt()).isEqualTo(1200);
		assertThat(components.path("autype").path("details").path("probe").path("creditsAvailable").asInt())
			.isEqualTo(1250);
		assertThat(components.path("whisul").path("details").path("probe").isMissingNode())
			.as("Whisul has no cheap read: its health follows its traffic")
			.isTrue();
		// The stand-in's JWTs live 10 s and are refreshed 5 s before they expire; a refresh
		// late on a busy machine may leave less.
		assertThat(components.path("suno").path("details").path("tokenExpiresInSeconds").asLong()).isBetween(0L, 10L);
		assertThat(providers.toString()).doesNotContain(TestCredentials.SUNOR).doesNotContain("stand-in-client");
	}

	@Test
	void demoCallsEveryProviderOnceThroughItsTypedApi() {
		JsonNode demo = get("/demo");

		assertThat(demo.path("sunor").path("call").asString()).isEqualTo("SunorApi.getBalance()");
		assertThat(demo.path("sunor").path("result").toString()).isEqualTo("{\"available\":950,\"frozen\":10,\"total\":960}");
		assertThat(demo.path("supertone").path("result").path("balance").asInt()).isEqualTo(1200);
		assertThat(demo.path("whisul").path("call").asString()).isEqualTo("WhisulApi.getJob(\"demo-job\")");
		assertThat(demo.path("whisul").path("result").path("status").asString()).isEqualTo("completed");
		assertThat(demo.path("whisul").path("result").path("result").path("title").asString()).isEqualTo("Stand-in Groove");
		assertThat(demo.path("autype").path("result").path("creditsAvailable").asInt()).isEqualTo(1250);
		assertThat(demo.path("suno").path("result").path("total_credits_left").asInt()).isEqualTo(50);
		for (String provider : PROVIDERS) {
			assertThat(demo.path(provider).has("error")).as(provider).isFalse();
		}
	}

	@Test
	void aSongIsGeneratedAndTheAnswerComesWhenTheJobIsDone() throws Exception {
		this.standIns.time().pause();
		CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> SampleWithoutKeysTests.local(this.port)
			.post()
			.uri("/demo/song?prompt=harbour lights")
			.retrieve()
			.body(String.class));
		// The stand-in's generation takes 20 s of its time, held: the test moves it on
		// instead of waiting, and the answer waits for that.
		await().atMost(Duration.ofSeconds(30)).until(() -> this.standIns.requestCount("whisul", "/generate") == 1);
		assertThat(answer).isNotDone();
		this.standIns.time().advance(Duration.ofSeconds(20));

		JsonNode song = JsonMapper.shared().readTree(answer.get(60, TimeUnit.SECONDS));

		assertThat(song.path("call").asString()).isEqualTo("WhisulJobs.generate(...).future()");
		assertThat(song.path("result").path("title").asString()).isEqualTo("Stand-in Groove");
		assertThat(song.path("result").path("song_url").asString()).startsWith("https://cdn.stand-in.test/whisul/");

		JsonNode duration = get("/actuator/metrics/genmedia.provider.job.duration?tag=provider:whisul");
		assertThat(duration.path("measurements").get(0).path("statistic").asString()).isEqualTo("COUNT");
		assertThat(duration.path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1.0);
	}

	@Test
	void theMetricsEndpointListsTheStartersMeters() {
		get("/demo");
		JsonNode names = get("/actuator/metrics").path("names");
		assertThat(names.toString()).contains("\"http.client.requests\"");
	}

	private JsonNode get(String path) {
		String body = SampleWithoutKeysTests.local(this.port).get().uri(path).retrieve().body(String.class);
		return JsonMapper.shared().readTree(body);
	}

}
