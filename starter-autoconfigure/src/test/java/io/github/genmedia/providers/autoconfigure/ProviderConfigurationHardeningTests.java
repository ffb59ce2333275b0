package io.github.genmedia.providers.autoconfigure;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.autoconfigure.diagnostics.InvalidProviderConfigurationFailureAnalyzerAccess;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Values that used to pass startup and then failed, leaked or were silently ignored are
 * reported at startup, by property and character, never with the secret.
 */
class ProviderConfigurationHardeningTests {

	private static final String KEY = "sk-live-0123456789abcdef";

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, SunoAutoConfiguration.class));

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\u200B|U+200B (ZERO WIDTH SPACE)", "\uFEFF|U+FEFF (ZERO WIDTH NO-BREAK SPACE)",
			"\u2028x|U+2028 (LINE SEPARATOR)", "\u0430|U+0430 (CYRILLIC SMALL LETTER A)",
			"\u00A0x|U+00A0 (NO-BREAK SPACE)" })
	void aKeyAnHttpHeaderCannotCarryStopsStartupNamingTheCharacterNotTheKey(String character, String named) {
		this.runner.withPropertyValues("SUNOR_API_KEY=" + KEY + character).run((context) -> {
			String report = report(context);
			assertThat(report).contains("providers.sunor.api-key: (from SUNOR_API_KEY) contains " + named)
				.contains("HTTP headers carry visible ASCII only")
				.doesNotContain(KEY);
		});
	}

	@Test
	void defaultHeaderValuesAndSunoCookiesAreCheckedTheSameWay() {
		this.runner
			.withPropertyValues("SUNOR_API_KEY=" + KEY, "providers.sunor.default-headers.X-Team=team\u200Bsecret",
					"SUNO_COOKIE=__client=eyJclient\u0430secret")
			.run((context) -> assertThat(report(context))
				.contains("providers.sunor.default-headers.X-Team: contains U+200B (ZERO WIDTH SPACE) at position 5")
				.contains("providers.suno.cookie: (from SUNO_COOKIE) contains U+0430 (CYRILLIC SMALL LETTER A)")
				.doesNotContain("secret"));
	}

	@Test
	void healthSettingsAreValidatedWithTheRest() {
		this.runner
			.withPropertyValues("SUNOR_API_KEY=" + KEY, "providers.sunor.health.failure-threshold=0",
					"providers.sunor.health.timeout=0s", "providers.sunor.health.stale-after=0s",
					"providers.sunor.health.cache-ttl=-1s", "WHISUL_API_KEY=" + KEY,
					"providers.whisul.health.failure-threshold=-1")
			.run((context) -> assertThat(report(context)).contains(
					"providers.sunor.health.cache-ttl: must not be negative, but is PT-1S",
					"providers.sunor.health.timeout: must be positive, but is PT0S",
					"providers.sunor.health.failure-threshold: must be at least 1, but is 0",
					"providers.sunor.health.stale-after: must be positive, but is PT0S",
					"providers.whisul.health.failure-threshold: must be at least 1, but is -1"));
	}

	@Test
	void valuesThatCannotWorkAreRefused() {
		this.runner
			.withPropertyValues("SUNOR_API_KEY=" + KEY, "providers.sunor.base-url=https://sunor.cc:99999/api",
					"providers.sunor.retry.max-attempts=1000000", "SUNO_COOKIE=__client=abcdefgh",
					"providers.suno.clerk.base-url=https://me:pw@auth.suno.com",
					"providers.suno.base-url=http://studio-api.example.com")
			.run((context) -> assertThat(report(context)).contains(
					"providers.sunor.base-url: 'https://sunor.cc:99999/api' has port 99999, above 65535",
					"providers.sunor.retry.max-attempts: must be at most 10 (retries are for blips, not outages), "
							+ "but is 1000000",
					"providers.suno.clerk.base-url: 'https://auth.suno.com' contains user info",
					"providers.suno.base-url: must use https (plain http only for localhost)")
				.doesNotContain("me:pw"));
	}

	@Test
	void aMalformedBaseUrlIsNeverQuotedWithItsQuery() {
		this.runner.withPropertyValues("SUNOR_API_KEY=" + KEY, "providers.sunor.base-url=https://api.x/v 1?key=SECRETX")
			.run((context) -> assertThat(report(context)).contains("providers.sunor.base-url: 'https://api.x/v 1' is not")
				.doesNotContain("SECRETX"));
	}

	@Test
	void anAbsoluteUrlWhoseHostUriCannotReadFailsWithAClearMessage() {
		this.runner.withPropertyValues("SUNOR_API_KEY=" + KEY, "providers.sunor.base-url=" + provider.baseUrl())
			.run((context) -> {
				RestClient client = context.getBean("sunorRestClient", RestClient.class);
				assertThatIllegalArgumentException()
					.isThrownBy(() -> client.get().uri("http://bad_host.example/x?sig=SECRETX").retrieve().toBodilessEntity())
					.withMessageStartingWith("'http://bad_host.example/x' is not an absolute http(s) URL with a host")
					.withMessageNotContaining("SECRETX");
				provider.verify(0, anyRequestedFor(anyUrl()));
			});
	}

	@Test
	void envMasksAValueThatHoldsAnActiveKeyWhateverItsName() {
		this.runner
			.withPropertyValues("providers.whisul.api-key=" + KEY,
					"sun.java.command=com.example.App --providers.whisul.api-key=" + KEY, "MY_TTS_KEY=" + KEY)
			.run((context) -> {
				List<SanitizingFunction> sanitizers = context.getBeanProvider(SanitizingFunction.class)
					.orderedStream()
					.toList();
				EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), sanitizers,
						Show.ALWAYS);
				String json = JsonMapper.shared().writeValueAsString(endpoint.environment(null));
				assertThat(json).contains("sun.java.command").contains("MY_TTS_KEY").doesNotContain(KEY);
			});
	}

	private static String report(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = InvalidProviderConfigurationFailureAnalyzerAccess.analyze(context.getStartupFailure());
		assertThat(analysis).as("a startup report").isNotNull();
		return analysis.getDescription() + "\n" + analysis.getAction();
	}

}
