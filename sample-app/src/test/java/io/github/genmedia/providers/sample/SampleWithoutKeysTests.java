package io.github.genmedia.providers.sample;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample starts with no keys and no provider, and says how to configure one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "SUNOR_API_KEY=", "SUPERTONE_API_KEY=", "WHISUL_API_KEY=", "AUTYPE_API_KEY=",
				"SUNO_COOKIE=" })
class SampleWithoutKeysTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void startsWithNoProviderAndSaysHowToConfigureOne() {
		assertThat(local(this.port).get().uri("/providers").retrieve().body(String.class)).isEqualTo("[]");
		ResponseEntity<String> balance = local(this.port).get().uri("/sunor/balance").retrieve().toEntity(String.class);
		assertThat(balance.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(balance.getBody()).isEqualTo("Sunor is not configured: export SUNOR_API_KEY and restart.");
		assertThat(local(this.port).get().uri("/actuator/health").retrieve().toEntity(String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}


	static RestClient local(int port) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

}
