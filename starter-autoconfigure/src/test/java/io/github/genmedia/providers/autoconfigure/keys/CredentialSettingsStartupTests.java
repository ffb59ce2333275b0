package io.github.genmedia.providers.autoconfigure.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.diagnostics.InvalidProviderConfigurationFailureAnalyzerAccess;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key files and key lists that cannot work stop startup with the property and the fix,
 * never the key.
 */
class CredentialSettingsStartupTests {

	private static final String KEY = "sk-sunor-0123456789abcdef";

	@TempDir
	Path directory;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, SunoAutoConfiguration.class));

	@Test
	void aKeyAndAKeyFileTogetherAreOneTooMany() throws IOException {
		Path file = Files.writeString(this.directory.resolve("key"), KEY);
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.api-key-file=" + file)
			.run((context) -> assertThat(report(context))
				.contains("providers.sunor.api-key-file: is set together with providers.sunor.api-key")
				.contains("Set one of them: providers.sunor.api-key for a key in configuration, "
						+ "providers.sunor.api-key-file for a key in a file that may be rotated.")
				.doesNotContain(KEY));
	}

	@Test
	void aMissingKeyFileNamesTheFile() {
		Path missing = this.directory.resolve("absent");
		this.runner.withPropertyValues("providers.whisul.api-key-file=" + missing)
			.run((context) -> assertThat(report(context))
				.contains("providers.whisul.api-key-file: file " + missing + " does not exist"));
	}

	@Test
	void aKeyFileIsCheckedLikeAConfiguredKey() throws IOException {
		Path file = Files.writeString(this.directory.resolve("key"), "Bearer-0123456789\n");
		this.runner.withPropertyValues("providers.autype.api-key-file=" + file)
			.run((context) -> assertThat(report(context))
				.contains("providers.autype.api-key-file: (from file " + file + ") does not start with 'ak_'")
				.doesNotContain("characters")
				.doesNotContain("Bearer-0123456789"));
	}

	@Test
	void anEmptyKeyListAndABlankOrRepeatedKeyInItAreReported() {
		this.runner.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.api-keys=")
			.run((context) -> assertThat(report(context)).contains("providers.sunor.api-keys: is empty")
				.contains("List at least one key under providers.sunor.api-keys, or remove it."));
		this.runner
			.withPropertyValues("providers.sunor.api-key=" + KEY, "providers.sunor.api-keys[0]= ",
					"providers.sunor.api-keys[1]=" + KEY)
			.run((context) -> assertThat(report(context))
				.contains("providers.sunor.api-keys[0]: (from providers.sunor.api-keys[0]) is empty")
				.contains("providers.sunor.api-keys[1]: (from providers.sunor.api-keys[1]) repeats another key of the "
						+ "provider")
				.doesNotContain(KEY));
	}

	@Test
	void aKeyListAloneActivatesTheProvider() {
		this.runner.withPropertyValues("providers.supertone.api-keys[0]=" + KEY, "providers.supertone.api-keys[1]=" + KEY + "2")
			.run((context) -> assertThat(context).hasBean("supertoneRestClient"));
	}

	@Test
	void aCookieFileWithoutClientIsReportedLikeTheCookie() throws IOException {
		Path file = Files.writeString(this.directory.resolve("cookie"), "ajs_anonymous_id=abc");
		this.runner.withPropertyValues("providers.suno.cookie-file=" + file)
			.run((context) -> assertThat(report(context)).contains("providers.suno.cookie-file: (from file " + file
					+ ") has no __client value"));
	}

	@Test
	void aKeyFileLargerThanTheLimitStopsStartupWithThePropertyAndTheFix() throws IOException {
		Path file = Files.writeString(this.directory.resolve("key"), KEY + "\n" + "x".repeat(20_000));
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file)
			.run((context) -> assertThat(report(context))
				.contains("providers.sunor.api-key-file: file " + file + " holds more than 16 KiB, the most a "
						+ "credential file may hold")
				.contains("Point providers.sunor.api-key-file at the file that holds the api-key alone (at most 16 KiB), "
						+ "and check where its symbolic links lead.")
				.doesNotContain(KEY)
				.doesNotContain("20001"));
	}

	@Test
	void aCookieFileLargerThanTheLimitStopsStartupWithThePropertyAndTheFix() throws IOException {
		Path file = Files.writeString(this.directory.resolve("cookie"), "__client=abc; " + "a=b; ".repeat(4000));
		this.runner.withPropertyValues("providers.suno.cookie-file=" + file)
			.run((context) -> assertThat(report(context))
				.contains("providers.suno.cookie-file: file " + file + " holds more than 16 KiB, the most a "
						+ "credential file may hold")
				.contains("Point providers.suno.cookie-file at the file that holds the cookie alone (at most 16 KiB), "
						+ "and check where its symbolic links lead."));
	}

	@Test
	void aKeyFileWithAnInvisibleCharacterIsReportedByPositionOnly() throws IOException {
		Path file = Files.writeString(this.directory.resolve("key"), "sk-sunor-\u200B0123456789");
		this.runner.withPropertyValues("providers.sunor.api-key-file=" + file)
			.run((context) -> assertThat(report(context))
				.contains("providers.sunor.api-key-file: in file " + file
						+ " contains a character HTTP headers cannot carry (only visible ASCII and spaces) at position 10")
				.doesNotContain("U+200B")
				.doesNotContain("ZERO WIDTH")
				.doesNotContain("of 20"));
	}

	private static String report(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = InvalidProviderConfigurationFailureAnalyzerAccess.analyze(context.getStartupFailure());
		assertThat(analysis).as("a startup report").isNotNull();
		return analysis.getDescription() + "\n" + analysis.getAction();
	}

}
