package io.github.genmedia.providers.autoconfigure;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets stay masked in {@code /actuator/configprops} and {@code /actuator/env} even
 * when the application shows values.
 */
class ProvidersSanitizingFunctionTests {

	private static final String KEY = "sk-configprops-secret-42";

	private static final String COOKIE = "__client=eyJclientsecret; ajs_anonymous_id=dev-1";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, SunoAutoConfiguration.class))
		.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.base-url=https://sunor.example/api",
				"providers.suno.cookie=" + COOKIE, "SUPERTONE_API_KEY=" + KEY + "-env",
				"PROVIDERS_WHISUL_APIKEY=" + KEY + "-relaxed",
				"providers.sunor.default-headers.X-Extra-Token=" + KEY + "-header");

	@Test
	void configpropsNeverShowsTheKey() {
		this.runner.run((context) -> {
			ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
					sanitizers(context.getBeanProvider(SanitizingFunction.class).orderedStream().toList()), Show.ALWAYS);
			endpoint.setApplicationContext(context);
			String json = JsonMapper.shared().writeValueAsString(endpoint.configurationProperties());
			assertThat(json).contains("spring.http.clients");
			assertThat(json).doesNotContain(KEY).doesNotContain("eyJclientsecret");
		});
	}

	@Test
	void envShowsOtherValuesButNeverKeysCookiesOrTheirEnvironmentVariables() {
		this.runner.run((context) -> {
			EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(),
					sanitizers(context.getBeanProvider(SanitizingFunction.class).orderedStream().toList()), Show.ALWAYS);
			String json = JsonMapper.shared().writeValueAsString(endpoint.environment(null));
			assertThat(json).contains("https://sunor.example/api");
			assertThat(json).doesNotContain(KEY).doesNotContain("eyJclientsecret");
		});
	}

	@Test
	void recognizesEveryFormOfASecretKey() {
		assertThat(List.of("providers.sunor.api-key", "providers.sunor.apiKey", "PROVIDERS_SUNOR_APIKEY",
				"providers.my-tts.api-key", "providers.suno.cookie", "SUNOR_API_KEY", "SUPERTONE_API_KEY",
				"WHISUL_API_KEY", "AUTYPE_API_KEY", "SUNO_COOKIE", "providers.sunor.default-headers.Authorization",
				"providers.sunor.api-keys[0]", "PROVIDERS_SUNOR_APIKEYS_1_", "providers.sunor.api-keys",
				"providers.suno.token.encryption-key", "PROVIDERS_SUNO_TOKEN_ENCRYPTIONKEY"))
			.allMatch(function()::isSecretKey);
		assertThat(List.of("providers.sunor.base-url", "providers.sunor.enabled", "server.port", "api-key",
				"providers.sunor.api-key-file", "providers.suno.cookie-file", "providers.suno.token.store"))
			.noneMatch(function()::isSecretKey);
	}

	private static ProvidersSanitizingFunction function() {
		return new ProvidersSanitizingFunction(BuiltInProviders.load(null), new ActiveProviders(List.of()));
	}

	private static List<SanitizingFunction> sanitizers(List<SanitizingFunction> fromContext) {
		assertThat(fromContext).as("the starter contributes a SanitizingFunction").isNotEmpty();
		return fromContext;
	}

}
