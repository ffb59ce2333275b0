package io.github.genmedia.providers.sample;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
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
 * With a Sunor key the sample calls Sunor through the auto-configured client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleWithSunorKeyTests {

	static final WireMockServer sunor = new WireMockServer(wireMockConfig().dynamicPort());

	static {
		sunor.start();
	}

	@AfterAll
	static void stopSunor() {
		sunor.stop();
	}


	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void sunor(DynamicPropertyRegistry registry) {
		registry.add("SUNOR_API_KEY", () -> "sample-key-123");
		registry.add("providers.sunor.base-url", () -> sunor.baseUrl() + "/api/v1");
	}

	@Test
	void callsSunorWithItsKeyAndShowsItMasked() {
		String balance = "{\"code\":200,\"data\":{\"available\":42,\"frozen\":0,\"total\":42}}";
		sunor.stubFor(get("/api/v1/account/balance").willReturn(okJson(balance)));
		assertThat(SampleWithoutKeysTests.local(this.port).get().uri("/sunor/balance").retrieve().body(String.class))
			.isEqualTo(balance);
		sunor.verify(getRequestedFor(urlEqualTo("/api/v1/account/balance"))
			.withHeader("x-api-key", equalTo("sample-key-123")));
		String providers = SampleWithoutKeysTests.local(this.port).get().uri("/providers").retrieve().body(String.class);
		assertThat(providers).contains("\"name\":\"sunor\"").contains("\"credentialLength\":14")
			.doesNotContain("sample-key-123");
	}

}
