package io.github.genmedia.providers.autoconfigure;

import java.time.Duration;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.diagnostics.InvalidProviderConfigurationFailureAnalyzerAccess;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration;
import io.github.genmedia.providers.definition.AuthType;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which provider clients exist for which configuration, and how startup fails on bad
 * configuration.
 */
class ProvidersAutoConfigurationTests {

	private static final String SECRET = "sk-live-0123456789abcdef";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class));

	@Test
	void noCredentialsMeansNoProviderClientsAndNoError() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("sunorRestClient");
			assertThat(context.getBeansOfType(RestClient.class)).isEmpty();
			assertThat(context.getBean(ProviderClients.class).names()).isEmpty();
		});
	}

	@Test
	void builtInProviderIsActivatedByItsEnvironmentVariable() {
		this.runner.withPropertyValues("SUNOR_API_KEY=" + SECRET).run((context) -> {
			assertThat(context).hasSingleBean(RestClient.class);
			assertThat(context).hasBean("sunorRestClient");
			assertThat(context.getBean(ProviderClients.class).names()).containsExactly("sunor");
		});
	}

	@Test
	void everyBuiltInProviderGetsItsClientBean() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=a", "providers.supertone.api-key=b",
					"providers.whisul.api-key=c", "providers.autype.api-key=ak_d")
			.run((context) -> {
				assertThat(context.getBeansOfType(RestClient.class)).containsOnlyKeys("sunorRestClient",
						"supertoneRestClient", "whisulRestClient", "autypeRestClient");
				ProviderSummary autype = context.getBean(ProviderClients.class).summary("autype");
				assertThat(autype.baseUrl()).hasToString("https://api.autype.com/api/v1/dev");
				assertThat(autype.authType()).isEqualTo(AuthType.HEADER);
				assertThat(autype.authHeader()).isEqualTo("X-API-Key");
			});
	}

	@Test
	void blankCredentialFromAnUnsetPlaceholderLeavesTheProviderInactive() {
		this.runner.withPropertyValues("providers.sunor.api-key=").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("sunorRestClient");
		});
	}

	@Test
	void enabledFalseWinsOverACredential() {
		this.runner.withPropertyValues("providers.sunor.api-key=" + SECRET, "providers.sunor.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean("sunorRestClient");
				assertThat(context.getBean(ProviderClients.class).names()).isEmpty();
			});
	}

	@Test
	void enabledTrueWithoutCredentialFailsStartupNamingTheProperty() {
		this.runner.withPropertyValues("providers.whisul.enabled=true").run((context) -> {
			FailureAnalysis analysis = failureAnalysis(context);
			assertThat(analysis.getDescription()).contains(
					"    - providers.whisul.api-key: is not set, but providers.whisul.enabled is true");
			assertThat(analysis.getAction()).contains(
					"Set providers.whisul.api-key or the WHISUL_API_KEY environment variable, or remove providers.whisul.enabled.");
		});
	}

	@Test
	void autypeKeyWithoutPrefixFailsStartupWithoutPrintingTheKey() {
		this.runner.withPropertyValues("providers.autype.api-key=" + SECRET).run((context) -> {
			FailureAnalysis analysis = failureAnalysis(context);
			assertThat(analysis.getDescription()).contains("    - providers.autype.api-key: "
					+ "(from providers.autype.api-key, 24 characters) does not start with 'ak_'");
			assertThat(analysis.getAction()).contains("Use an Autype API key: they start with 'ak_'.");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(SECRET);
			assertThat(context.getStartupFailure()).hasStackTraceContaining("providers.autype.api-key")
				.satisfies((failure) -> assertThat(stackTraceOf(failure)).doesNotContain(SECRET));
		});
	}

	@Test
	void autypeKeyFromEnvironmentVariableIsNamedBySource() {
		this.runner.withPropertyValues("AUTYPE_API_KEY=wrong").run((context) -> {
			assertThat(failureAnalysis(context).getDescription())
				.contains("providers.autype.api-key: (from AUTYPE_API_KEY, 5 characters) does not start with 'ak_'");
		});
	}

	@Test
	void credentialWithLineBreakIsRejectedAsHeaderInjection() {
		this.runner.withPropertyValues("providers.sunor.api-key=abc\r\nX-Injected: 1").run((context) -> {
			FailureAnalysis analysis = failureAnalysis(context);
			assertThat(analysis.getDescription()).contains("providers.sunor.api-key: (from providers.sunor.api-key) "
					+ "contains a control character (CR, LF or similar) at position 4 of 18");
			assertThat(analysis.getDescription()).doesNotContain("X-Injected");
		});
	}

	@Test
	void credentialIsTrimmed() {
		this.runner.withPropertyValues("providers.sunor.api-key=  " + SECRET + "  ")
			.run((context) -> assertThat(context.getBean(ProviderClients.class).summary("sunor").credentialLength())
				.isEqualTo(SECRET.length()));
	}

	@Test
	void malformedBaseUrlFailsStartup() {
		this.runner.withPropertyValues("providers.sunor.api-key=k", "providers.sunor.base-url=sunor.cc/api")
			.run((context) -> {
				FailureAnalysis analysis = failureAnalysis(context);
				assertThat(analysis.getDescription()).contains(
						"providers.sunor.base-url: 'sunor.cc/api' is not an absolute http or https URL with a host");
				assertThat(analysis.getAction()).contains(
						"Set providers.sunor.base-url to an absolute http(s) URL such as https://api.example.com/v1.");
			});
	}

	@Test
	void baseUrlWithUserInfoIsRejectedWithoutEchoingIt() {
		this.runner.withPropertyValues("providers.sunor.api-key=k", "providers.sunor.base-url=https://me:pw@sunor.cc")
			.run((context) -> assertThat(failureAnalysis(context).getDescription())
				.contains("providers.sunor.base-url: 'https://sunor.cc' contains user info")
				.doesNotContain("me:pw"));
	}

	@Test
	void customProviderNeedsNoMoreThanThreeLines() {
		this.runner
			.withPropertyValues("providers.my-tts.base-url=https://tts.example.com/v2/",
					"providers.my-tts.api-key=" + SECRET, "providers.my-tts.auth.type=bearer")
			.run((context) -> {
				assertThat(context).hasBean("myTtsRestClient");
				ProviderSummary settings = context.getBean(ProviderClients.class).summary("my-tts");
				assertThat(settings.baseUrl()).hasToString("https://tts.example.com/v2");
				assertThat(settings.authType()).isEqualTo(AuthType.BEARER);
				assertThat(settings.authHeader()).isEqualTo("Authorization");
				assertThat(settings.maskedCredential()).isEqualTo("****(24 chars)");
			});
	}

	@Test
	void customProviderDefaultsToBearer() {
		this.runner.withPropertyValues("providers.acme.base-url=https://acme.example", "providers.acme.api-key=k")
			.run((context) -> assertThat(context.getBean(ProviderClients.class).summary("acme").authType())
				.isEqualTo(AuthType.BEARER));
	}

	@Test
	void customProviderWithoutAuthNeedsNoCredential() {
		this.runner.withPropertyValues("providers.open.base-url=https://open.example", "providers.open.auth.type=none")
			.run((context) -> {
				assertThat(context).hasBean("openRestClient");
				assertThat(context.getBean(ProviderClients.class).summary("open").maskedCredential())
					.isEqualTo("none");
			});
	}

	@Test
	void customProviderWithoutBaseUrlFailsStartup() {
		this.runner.withPropertyValues("providers.my-tts.api-key=k").run((context) -> {
			FailureAnalysis analysis = failureAnalysis(context);
			assertThat(analysis.getDescription())
				.contains("providers.my-tts.base-url: is required for a provider that is not built in");
		});
	}

	@Test
	void headerAuthWithoutHeaderNameFailsStartup() {
		this.runner
			.withPropertyValues("providers.my-tts.base-url=https://tts.example.com", "providers.my-tts.api-key=k",
					"providers.my-tts.auth.type=header")
			.run((context) -> {
				FailureAnalysis analysis = failureAnalysis(context);
				assertThat(analysis.getDescription())
					.contains("providers.my-tts.auth.header-name: is required when providers.my-tts.auth.type is 'header'");
				assertThat(analysis.getAction()).contains("Set providers.my-tts.auth.header-name to the header");
			});
	}

	@Test
	void unknownAuthTypeIsReportedWithTheOtherProblems() {
		this.runner
			.withPropertyValues("providers.my-tts.base-url=https://tts.example.com", "providers.my-tts.api-key=k",
					"providers.my-tts.auth.type=basic", "providers.sunor.api-key=k", "providers.sunor.read-timeout=0s")
			.run((context) -> assertThat(failureAnalysis(context).getDescription()).contains(
					"providers.my-tts.auth.type: cannot be read as AuthType 'basic'",
					"providers.sunor.read-timeout: must be positive, but is PT0S"));
	}

	@Test
	void customKeyPrefixIsEnforced() {
		this.runner
			.withPropertyValues("providers.acme.base-url=https://acme.example", "providers.acme.api-key=pk_1",
					"providers.acme.auth.key-prefix=sk_")
			.run((context) -> assertThat(failureAnalysis(context).getAction())
				.contains("Use a key that starts with 'sk_', or change providers.acme.auth.key-prefix."));
	}

	@Test
	void nonPositiveTimeoutFailsStartup() {
		this.runner.withPropertyValues("providers.sunor.api-key=k", "providers.sunor.read-timeout=0s")
			.run((context) -> assertThat(failureAnalysis(context).getDescription())
				.contains("providers.sunor.read-timeout: must be positive, but is PT0S"));
	}

	@Test
	void defaultHeaderWithLineBreakFailsStartup() {
		this.runner.withPropertyValues("providers.sunor.api-key=k", "providers.sunor.default-headers.X-Team=a\nb")
			.run((context) -> assertThat(failureAnalysis(context).getDescription())
				.contains("providers.sunor.default-headers.X-Team: contains a control character"));
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		this.runner
			.withPropertyValues("providers.whisul.enabled=true", "providers.autype.api-key=nope",
					"providers.my-tts.api-key=k")
			.run((context) -> {
				InvalidProviderConfigurationException failure = findCause(context.getStartupFailure(),
						InvalidProviderConfigurationException.class);
				assertThat(failure.getProblems()).extracting(ConfigurationProblem::property)
					.containsExactlyInAnyOrder("providers.whisul.api-key", "providers.autype.api-key",
							"providers.my-tts.base-url");
			});
	}

	@Test
	void userBeanOfTheSameNameWins() {
		RestClient mine = RestClient.create("https://mine.example");
		this.runner.withPropertyValues("providers.sunor.api-key=k")
			.withBean("sunorRestClient", RestClient.class, () -> mine)
			.run((context) -> {
				assertThat(context.getBean("sunorRestClient")).isSameAs(mine);
				assertThat(context.getBean(ProviderClients.class).restClient("sunor")).isSameAs(mine);
			});
	}

	@Test
	void userProviderClientsBeanWins() {
		ProviderClients mine = new ProviderClients(new ActiveProviders(java.util.List.of()),
				new ProviderClientSettings(org.springframework.boot.http.client.HttpClientSettings.defaults(), null),
				java.util.Map.of());
		this.runner.withBean(ProviderClients.class, () -> mine)
			.run((context) -> assertThat(context.getBean(ProviderClients.class)).isSameAs(mine));
	}

	@Test
	void providerClientsNamesTheActiveProvidersWhenAskedForAnInactiveOne() {
		this.runner.withPropertyValues("providers.sunor.api-key=k").run((context) -> {
			ProviderClients clients = context.getBean(ProviderClients.class);
			assertThat(clients.restClient("sunor")).isSameAs(context.getBean("sunorRestClient"));
			assertThatIllegalArgumentException().isThrownBy(() -> clients.restClient("whisul"))
				.withMessage("No active provider named 'whisul'; active providers: [sunor]. "
						+ "A provider is active when its credential is set.");
		});
	}

	@Test
	void providerTimeoutsAreKeptInSettings() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=k", "providers.sunor.connect-timeout=2s",
					"providers.sunor.read-timeout=3m")
			.run((context) -> {
				ProviderSummary settings = context.getBean(ProviderClients.class).summary("sunor");
				assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(settings.readTimeout()).isEqualTo(Duration.ofMinutes(3));
			});
	}

	@Test
	void theSummaryShowsTheTimeoutsInForceWhenNoneIsSet() {
		this.runner.withPropertyValues("providers.sunor.api-key=k").run((context) -> {
			ProviderSummary settings = context.getBean(ProviderClients.class).summary("sunor");
			assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(120));
		});
	}

	@Test
	void theSummaryShowsTheApplicationsTimeoutsWhenTheProviderSetsNone() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=k", "spring.http.clients.connect-timeout=4s",
					"providers.defaults.read-timeout=50s")
			.run((context) -> {
				ProviderSummary settings = context.getBean(ProviderClients.class).summary("sunor");
				assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(4));
				assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(50));
			});
	}

	@Test
	void worksWithoutActuatorAndMicrometer() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
					ProvidersAutoConfiguration.class,
					io.github.genmedia.providers.autoconfigure.health.ProvidersHealthContributorAutoConfiguration.class,
					io.github.genmedia.providers.autoconfigure.suno.SunoAutoConfiguration.class))
			.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
					io.micrometer.core.instrument.MeterRegistry.class,
					org.springframework.boot.health.contributor.HealthIndicator.class,
					org.springframework.boot.actuate.endpoint.SanitizingFunction.class))
			.withPropertyValues("providers.sunor.api-key=k")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasBean("sunorRestClient");
				assertThat(context).doesNotHaveBean("providersHealthContributor");
				assertThat(context).doesNotHaveBean(ProvidersSanitizingFunction.class);
			});
	}

	@Test
	void providerClientsNeverMakeAnApplicationsOwnRestClientAmbiguous() {
		RestClient mine = RestClient.create("https://mine.example");
		this.runner.withPropertyValues("providers.sunor.api-key=k", "providers.whisul.api-key=k")
			.withBean("myRestClient", RestClient.class, () -> mine)
			.withBean(NeedsOneRestClient.class)
			.withBean(NeedsSunorByName.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(NeedsOneRestClient.class).client).isSameAs(mine);
				assertThat(context.getBean(NeedsSunorByName.class).client).isSameAs(context.getBean("sunorRestClient"));
			});
	}

	static class NeedsOneRestClient {

		final RestClient client;

		NeedsOneRestClient(RestClient client) {
			this.client = client;
		}

	}

	static class NeedsSunorByName {

		final RestClient client;

		NeedsSunorByName(@org.springframework.beans.factory.annotation.Qualifier("sunorRestClient") RestClient client) {
			this.client = client;
		}

	}

	@Test
	void providerNamesThatMakeNoSensibleBeanNameFailStartup() {
		this.runner
			.withPropertyValues("providers.my_tts.base-url=https://b.example", "providers.--.api-key=k",
					"providers.ñame.api-key=k", "providers.Defaults.read-timeout=5s")
			.run((context) -> assertThat(failureAnalysis(context).getDescription()).contains(
					"providers.my_tts: is not a valid provider name (did you mean 'my-tts'?)",
					"providers.--: is not a valid provider name: a name becomes part of a bean name",
					"providers.ñame: is not a valid provider name",
					"providers.Defaults: is not a valid provider name (did you mean 'defaults'?)"));
	}

	@Test
	void namesThatDifferOnlyInDashesAreOneProviderAsForSpringBootsRelaxedBinding() {
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
						Map.of("PROVIDERS_MYTTS_APIKEY", "k"))))
			.withPropertyValues("providers.my-tts.base-url=https://a.example")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(ProviderClients.class).names()).containsExactly("my-tts");
			});
	}

	@Test
	void aPropertyThatBelongsToNoProviderFailsStartupInsteadOfBeingIgnored() {
		this.runner
			.withPropertyValues("providers.sunor.api-key=k", "providers.sunor.retry.max-atempts=5",
					"providers.a.b.base-url=https://b.example")
			.run((context) -> assertThat(failureAnalysis(context).getDescription()).contains(
					"providers.sunor.retry.max-atempts: is not a property of providers.sunor",
					"providers.a.b.base-url: is not a property of providers.a"));
	}

	@Test
	void httpClientsBuiltForProvidersAreClosedWithTheContext() {
		java.util.List<ClosableRequestFactory> built = new java.util.concurrent.CopyOnWriteArrayList<>();
		org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder<ClosableRequestFactory> builder = (
				settings) -> {
			ClosableRequestFactory factory = new ClosableRequestFactory();
			// Boot builds one for every RestClient.Builder too; the starter's own are the
			// ones that leave redirects to the provider client.
			if (settings != null
					&& settings.redirects() == org.springframework.boot.http.client.HttpRedirects.DONT_FOLLOW) {
				built.add(factory);
			}
			return factory;
		};
		// Different settings, so two HTTP clients (the same settings share one).
		this.runner
			.withPropertyValues("providers.sunor.api-key=k", "providers.whisul.api-key=k",
					"providers.whisul.read-timeout=30s")
			.withBean(org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder.class, () -> builder)
			.run((context) -> {
				context.getBean("sunorRestClient");
				context.getBean("whisulRestClient");
				assertThat(built).hasSize(2).noneMatch((factory) -> factory.closed);
			});
		assertThat(built).isNotEmpty().allMatch((factory) -> factory.closed);
	}

	static class ClosableRequestFactory extends org.springframework.http.client.SimpleClientHttpRequestFactory
			implements AutoCloseable {

		volatile boolean closed;

		@Override
		public void close() {
			this.closed = true;
		}

	}

	@Test
	void beanNamesAreCamelCase() {
		assertThat(ProviderClients.restClientBeanName("sunor")).isEqualTo("sunorRestClient");
		assertThat(ProviderClients.restClientBeanName("my-tts")).isEqualTo("myTtsRestClient");
		assertThat(ProviderClients.restClientBeanName("my-big-tts2")).isEqualTo("myBigTts2RestClient");
	}

	@Test
	void sunoIsNotTreatedAsAnApiKeyProvider() {
		this.runner.withConfiguration(AutoConfigurations.of(SunoAutoConfiguration.class))
			.withPropertyValues("providers.suno.cookie=__client=abc")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasBean("sunoRestClient").hasSingleBean(SunoTokenProvider.class);
				assertThat(context.getBean(ProviderClients.class).summary("suno").maskedCredential())
					.isEqualTo("****(12 chars)");
			});
	}

	private static FailureAnalysis failureAnalysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		InvalidProviderConfigurationException cause = findCause(context.getStartupFailure(),
				InvalidProviderConfigurationException.class);
		assertThat(cause).as("InvalidProviderConfigurationException in the cause chain").isNotNull();
		FailureAnalysis analysis = InvalidProviderConfigurationFailureAnalyzerAccess
			.analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		return analysis;
	}

	static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
		}
		return null;
	}

	private static String stackTraceOf(Throwable failure) {
		java.io.StringWriter writer = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(writer));
		return writer.toString();
	}

}
