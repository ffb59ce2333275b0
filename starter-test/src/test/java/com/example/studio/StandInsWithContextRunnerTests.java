package com.example.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.test.ProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandInsInitializer;
import io.github.genmedia.providers.test.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-ins with an {@code ApplicationContextRunner}: a key the application
 * configured is the one the stand-in accepts, and a wrong one is refused as the provider
 * would refuse it.
 */
class StandInsWithContextRunnerTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, SunoAutoConfiguration.class, HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class))
		.withInitializer(new ProviderStandInsInitializer(Duration.ofMillis(100), Duration.ofSeconds(60)));

	@Test
	void withoutAKeyTheProviderGetsTheTestCredential() {
		this.runner.run((context) -> {
			assertThat(context.getBean(SunorApi.class).getBalance().data().total()).isEqualTo(960);
			assertThat(context.getBean(ProviderStandIns.class).requestCount("sunor")).isEqualTo(1);
		});
	}

	@Test
	void theApplicationsOwnKeyIsTheOneTheStandInAccepts() {
		this.runner.withPropertyValues("providers.sunor.api-key=sk-my-own-test-key").run((context) -> {
			ProviderStandIns standIns = context.getBean(ProviderStandIns.class);
			assertThat(context.getBean(SunorApi.class).getBalance().data().total()).isEqualTo(960);
			int refused = RestClient.create()
				.get()
				.uri(standIns.baseUrl("sunor") + "/account/balance")
				.header("x-api-key", TestCredentials.SUNOR)
				.exchange((request, response) -> response.getStatusCode().value());
			assertThat(refused).isEqualTo(401);
		});
	}

	@Test
	void aKeyFileOfTheApplicationIsReadForTheStandInAndNotOverridden(@TempDir Path directory) throws IOException {
		Path file = Files.writeString(directory.resolve("sunor-key"), "sk-key-from-a-mounted-file\n");
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SunorApi.class).getBalance().data().total()).isEqualTo(960);
			// Accepted, and masked in what the stand-in recorded.
			assertThat(context.getBean(ProviderStandIns.class).lastRequest("sunor").orElseThrow().header("x-api-key"))
				.isNotNull()
				.doesNotContain("sk-key-from-a-mounted-file");
		});
	}

	@Test
	void theStandInsStopWithTheContext() {
		String[] url = new String[1];
		this.runner.run((context) -> url[0] = context.getBean(ProviderStandIns.class).baseUrl("sunor"));
		assertThat(reachable(url[0])).isFalse();
	}

	private static boolean reachable(String url) {
		try {
			RestClient.create().get().uri(url + "/account/balance").retrieve().toBodilessEntity();
			return true;
		}
		catch (RuntimeException ex) {
			return !(ex instanceof org.springframework.web.client.ResourceAccessException);
		}
	}

}
