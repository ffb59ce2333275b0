package io.github.genmedia.providers.autoconfigure.diagnostics;

import io.github.genmedia.providers.suno.SunoJobs;
import io.github.genmedia.providers.sunor.SunorApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An application that injects a provider it has not configured is told which property (and
 * environment variable) would activate it, instead of Spring's "could not be found" alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class InactiveProviderBeanFailureAnalyzerTests {

	@Test
	void aTypedApiOfAnInactiveProviderNamesItsKeyAndTheEnvironmentVariable(CapturedOutput output) {
		start(NeedsSunorApi.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("A component required a bean of type 'io.github.genmedia.providers.sunor.SunorApi', which "
					+ "exists only while the Sunor provider is active, and it is not: providers.sunor.api-key is not "
					+ "set (nor the environment variable SUNOR_API_KEY).")
			.contains("Activate the Sunor provider: set providers.sunor.api-key (or the environment variable "
					+ "SUNOR_API_KEY), or providers.sunor.api-key-file, or define a ProviderCredentialSource bean "
					+ "with providers.sunor.enabled=true. If the application also runs without Sunor, inject "
					+ "ObjectProvider<SunorApi> and call getIfAvailable() instead.");
	}

	@Test
	void theJobsOfSunoNameItsCookie(CapturedOutput output) {
		start(NeedsSunoJobs.class);
		assertThat(output).contains("which exists only while the Suno provider is active, and it is not: "
				+ "providers.suno.cookie is not set (nor the environment variable SUNO_COOKIE).")
			.contains("Activate the Suno provider: set providers.suno.cookie (or the environment variable "
					+ "SUNO_COOKIE), or providers.suno.cookie-file. If");
	}

	@Test
	void aProvidersRestClientByNameNamesItsKey(CapturedOutput output) {
		start(NeedsWhisulRestClient.class);
		assertThat(output).contains("A component required the bean 'whisulRestClient', which exists only while the Whisul provider is active, and it is not: providers.whisul.api-key is not "
				+ "set (nor the environment variable WHISUL_API_KEY).");
	}

	@Test
	void anyOtherMissingBeanKeepsSpringBootsOwnAnalysis(CapturedOutput output) {
		start(NeedsSomethingElse.class);
		assertThat(output).contains("required a bean of type 'java.lang.Runnable' that could not be found.")
			.doesNotContain("provider is active");
	}

	private static void start(Class<?> application) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off")
			.run());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class NeedsSunorApi {

		@Bean
		String usesSunor(SunorApi sunor) {
			return "sunor";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class NeedsSunoJobs {

		@Bean
		String usesSuno(SunoJobs jobs) {
			return "suno";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class NeedsWhisulRestClient {

		@Bean
		String usesWhisul(@Qualifier("whisulRestClient") RestClient client) {
			return "whisul";
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class NeedsSomethingElse {

		@Bean
		String usesRunnable(Runnable runnable) {
			return "runnable";
		}

	}

}
