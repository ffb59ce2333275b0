package io.github.genmedia.providers.autoconfigure;

import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What a user sees when the application refuses to start: Spring Boot's failure report,
 * produced by the registered failure analyzer, naming the property and the fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProviderConfigurationStartupFailureTests {

	private static final String KEY = "pk_live_do_not_print_me";

	@Test
	void badAutypeKeyStopsStartupWithADescriptionAndAnAction(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.properties("providers.autype.api-key=" + KEY, "spring.main.banner-mode=off")
			.run());
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The generative-media provider configuration is invalid:")
			.contains("    - providers.autype.api-key: (from providers.autype.api-key, 23 characters) "
					+ "does not start with 'ak_'")
			.contains("Action:")
			.contains("    - Use an Autype API key: they start with 'ak_'.")
			.doesNotContain(KEY);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}
