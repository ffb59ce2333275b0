package com.example.songs;

import io.github.genmedia.providers.test.AutoConfigureProviderStandIns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's five-minute first app, as written there, run over HTTP against the stand-ins:
 * the balance through the typed API, and a song whose request answers when its job is done.
 * If the README's code stops compiling or working, this fails.
 */
@SpringBootTest(classes = SongsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "SUNOR_API_KEY=")
@AutoConfigureProviderStandIns(jobDuration = "1s")
class SongsApplicationTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void theBalanceComesFromSunor() {
		JsonNode balance = call(client().get().uri("/balance"));
		assertThat(balance.path("available").asLong()).isEqualTo(950);
	}

	@Test
	void aSongIsAnsweredWhenItsJobIsDone() {
		JsonNode task = call(client().post().uri("/songs?idea=harbour lights"));
		assertThat(task.path("status").asString()).isEqualTo("success");
		assertThat(task.path("output").path("result").size()).as("the clips").isEqualTo(2);
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + this.port);
	}

	private static JsonNode call(RestClient.RequestHeadersSpec<?> request) {
		return JsonMapper.shared().readTree(request.retrieve().body(String.class));
	}

}
