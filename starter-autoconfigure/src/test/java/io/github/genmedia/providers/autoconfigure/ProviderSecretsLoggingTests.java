package io.github.genmedia.providers.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A full application logging at TRACE never prints a provider key, in startup, requests,
 * errors, or the beans' {@code toString()}. The TRACE goes to a file of the test's, which
 * it reads; the console of the build stays at INFO.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProviderSecretsLoggingTests {

	private static final String KEY = "sk-trace-0123456789-secret";

	private static final Pattern BELOW_INFO = Pattern.compile("(?m)^\\S+ (\\[[^]]*\\] )?(TRACE|DEBUG) ");

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@TempDir
	Path logs;

	/**
	 * The application configured Logback for the whole JVM: back to the tests'
	 * {@code logback-test.xml}, or every later test would log at TRACE.
	 */
	@AfterEach
	void restoreTheTestsLogging() throws JoranException {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		logging.reset();
		new ContextInitializer(logging).autoConfig();
	}

	@Test
	void keyNeverReachesTheLogsAtTrace(CapturedOutput output) throws IOException {
		Path trace = this.logs.resolve("trace.log");
		provider.stubFor(get("/ok").willReturn(ok("fine")));
		provider.stubFor(get("/denied").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":401,\"message\":\"Invalid key " + KEY + "\"}")));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LoggingApp.class)
			.web(WebApplicationType.NONE)
			.properties("logging.config=classpath:logback-trace-to-file.xml", "logging.file.name=" + trace,
					"logging.level.root=TRACE", "providers.sunor.api-key=" + KEY,
					"providers.sunor.base-url=" + provider.baseUrl(), "spring.main.banner-mode=off")
			.run()) {
			RestClient client = context.getBean("sunorRestClient", RestClient.class);
			assertThat(client.get().uri("/ok").retrieve().body(String.class)).isEqualTo("fine");
			assertThatExceptionOfType(ProviderAuthenticationException.class)
				.isThrownBy(() -> client.get().uri("/denied").retrieve().body(String.class))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).contains("Invalid key [REDACTED]").doesNotContain(KEY);
					org.apache.commons.logging.LogFactory.getLog(getClass()).trace("Provider failure", ex);
				});
			org.apache.commons.logging.LogFactory.getLog(getClass())
				.trace("Clients: " + context.getBean(ProviderClients.class) + " "
						+ context.getBean(ProviderClients.class).summary("sunor") + " " + client);
		}
		List<String> logged = Files.readAllLines(trace);
		assertThat(logged).as("TRACE logging was on").anyMatch((line) -> line.contains(" TRACE "));
		assertThat(logged).as("the request was logged").anyMatch((line) -> line.contains("/ok"));
		// Line numbers only: a failure must not print thousands of TRACE lines on the console.
		assertThat(IntStream.range(0, logged.size()).filter((i) -> logged.get(i).contains(KEY)).map((i) -> i + 1))
			.as("lines of " + trace + " with the key")
			.isEmpty();
		assertThat(output).doesNotContain(KEY);
		assertThat(BELOW_INFO.matcher(output.toString()).find()).as("TRACE or DEBUG on the console").isFalse();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class LoggingApp {

	}

}
