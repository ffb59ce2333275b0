package com.example.studio;

import java.time.Duration;
import java.util.Map;

import io.github.genmedia.providers.test.ProviderStandIns;
import io.github.genmedia.providers.test.ProviderStandInsInitializer;
import io.github.genmedia.providers.test.TestCredentials;
import io.github.genmedia.providers.test.standin.StandInProvider;
import io.github.genmedia.providers.test.standin.StandInProviders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The stand-ins come from one list, each declared by its stand-in: every provider in it
 * is pointed at its stand-in with its test credential, and given the stand-ins' polling
 * when its jobs are polled.
 */
class StandInProvidersTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ProviderStandInsInitializer(Duration.ofSeconds(2), Duration.ofSeconds(60)));

	@Test
	void everyListedProviderIsPointedAtItsStandInWithItsTestCredential() {
		this.runner.run((context) -> {
			Environment environment = context.getEnvironment();
			ProviderStandIns standIns = context.getBean(ProviderStandIns.class);
			assertThat(StandInProviders.ALL).extracting(StandInProvider::name)
				.containsExactly("sunor", "supertone", "whisul", "autype", "suno");
			for (StandInProvider provider : StandInProviders.ALL) {
				String prefix = "providers." + provider.name() + ".";
				assertThat(environment.getProperty(prefix + "base-url")).isEqualTo(standIns.baseUrl(provider.name()));
				assertThat(environment.getProperty(provider.credential().property()))
					.isEqualTo(TestCredentials.of(provider.name()));
				assertThat(environment.getProperty(prefix + "rate-limit.enabled")).isEqualTo("false");
			}
			assertThat(environment.getProperty("providers.suno.cookie")).isEqualTo(TestCredentials.SUNO_COOKIE);
			assertThat(environment.getProperty("providers.suno.clerk.base-url")).isEqualTo(standIns.baseUrl("clerk"));
			assertThat(environment.getProperty("providers.whisul.jobs.interval")).isEqualTo("500ms");
			assertThat(environment.getProperty("providers.suno.jobs.first-poll")).isEqualTo("500ms");
			assertThat(environment.getProperty("providers.supertone.jobs.interval")).isNull();
		});
	}

	@Test
	void theTestCredentialsAreTheOnesTheStandInsDeclare() {
		assertThat(TestCredentials.SUNOR).isEqualTo("sk-stand-in-sunor-0001");
		assertThat(TestCredentials.SUPERTONE).isEqualTo("stand-in-supertone-0001");
		assertThat(TestCredentials.WHISUL).isEqualTo("stand-in-whisul-0001");
		assertThat(TestCredentials.AUTYPE).isEqualTo("ak_stand-in-autype-0001");
		assertThat(TestCredentials.SUNO_COOKIE)
			.isEqualTo("__client=stand-in-client-0001; ajs_anonymous_id=stand-in-device");
		assertThat(TestCredentials.of("whisul")).isEqualTo(TestCredentials.WHISUL);
		assertThatIllegalArgumentException().isThrownBy(() -> TestCredentials.of("my-tts"))
			.withMessage("No stand-in for 'my-tts'; there are [sunor, supertone, whisul, autype, suno]");
	}

	@Test
	void aProviderLeftOutOfTheGivenCredentialsAcceptsItsTestCredential() {
		try (ProviderStandIns standIns = ProviderStandIns.start(Map.of("sunor", "sk-my-own-key"), Duration.ofSeconds(1),
				Duration.ofSeconds(60))) {
			String balance = standIns.baseUrl("sunor") + "/account/balance";
			assertThat(status(balance, "x-api-key", "sk-my-own-key")).isEqualTo(200);
			assertThat(status(balance, "x-api-key", TestCredentials.SUNOR)).isEqualTo(401);
			String credits = standIns.baseUrl("supertone") + "/v1/credits";
			assertThat(status(credits, "x-sup-api-key", TestCredentials.SUPERTONE)).isEqualTo(200);
			String client = standIns.baseUrl("clerk") + "/v1/client";
			assertThat(status(client, "Authorization", "stand-in-client-0001")).isEqualTo(200);
			assertThat(status(client, "Authorization", TestCredentials.SUNO_COOKIE)).isEqualTo(401);
		}
	}

	@Test
	void aStandInMustLiveUnderItsOwnName() {
		StandInProvider.Credential credential = new StandInProvider.Credential("providers.my-tts.api-key",
				"MY_TTS_API_KEY", "stand-in-my-tts-0001", "x-api-key");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StandInProvider("my-tts", "/tts/v1", credential, false, "{}", Map.of(), null))
			.withMessage("The stand-in of my-tts must be under /my-tts, not /tts/v1");
	}

	private static int status(String url, String header, String value) {
		return RestClient.create()
			.get()
			.uri(url)
			.header(header, value)
			.exchange((request, response) -> response.getStatusCode().value());
	}

}
