package io.github.genmedia.providers.sample;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void everyProviderIsUpInHealth() {
		JsonNode providers = get("/actuator/health/providers");
		assertThat(providers.path("status").asString()).isEqualTo("UP");
		for (String provider : PROVIDERS) {
			assertThat(providers.path("components").path(provider).path("status").asString()).as(provider)
				.isEqualTo("UP");
		}
		assertThat(providers.path("components").path("sunor").path("details").path("probe").path("balance").asInt())
			.isEqualTo(42);
		assertThat(providers.path("components").path("suno").path("details").path("tokenExpiresInSeconds").asLong())
			.isBetween(1L, 10L);
		assertThat(providers.toString()).doesNotContain("demo-sunor-key").doesNotContain("demo-client-token");
	}

	@Test
	void demoCallsEveryProviderOnceAndShowsItsAnswer() {
		JsonNode demo = get("/demo");
		Map<String, String> expected = Map.of("sunor", "\"balance\":42", "supertone", "demo-voice", "whisul",
				"\"credits\":1000", "autype", "\"documents\":[]", "suno", "\"total_credits_left\":50");
		for (String provider : PROVIDERS) {
			assertThat(demo.path(provider).path("status").asInt()).as(provider).isEqualTo(200);
			assertThat(demo.path(provider).path("body").asString()).as(provider).contains(expected.get(provider));
		}
	}

	private JsonNode get(String path) {
		String body = SampleWithoutKeysTests.local(this.port).get().uri(path).retrieve().body(String.class);
		return JsonMapper.shared().readTree(body);
	}

}
