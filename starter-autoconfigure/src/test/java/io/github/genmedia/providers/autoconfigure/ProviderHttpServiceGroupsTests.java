package io.github.genmedia.providers.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.activity.ProviderActivities;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorBalance;
import io.github.genmedia.providers.sunor.SunorCreatedTask;
import io.github.genmedia.providers.sunor.SunorResponse;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.sunor.SunorUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.registry.ImportHttpServices;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Providers as HTTP service groups: the built-in typed APIs as beans, and the
 * application's own interfaces in a provider's group configured as its
 * {@code RestClient} is, for every way a key is sent.
 */
class ProviderHttpServiceGroupsTests {

	/** Without h2c: the JDK client's upgrade and WireMock's answer before reading a body disagree. */
	@RegisterExtension
	static WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class, HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class));

	@Test
	void aProviderWithAKeyHasItsTypedApiAndOneWithoutHasNone() {
		api.stubFor(get("/sunor/account/balance")
			.willReturn(okJson("{\"code\":200,\"data\":{\"available\":950,\"frozen\":10,\"total\":960}}")));
		this.runner.withPropertyValues("providers.sunor.api-key=sk-sunor-3fa9", "providers.sunor.base-url=" + base("sunor"))
			.run((context) -> {
				SunorApi sunor = context.getBean(SunorApi.class);
				assertThat(sunor.getBalance().data()).isEqualTo(new SunorBalance(950, 10, 960));
				api.verify(getRequestedFor(urlEqualTo("/sunor/account/balance"))
					.withHeader("x-api-key", equalTo("sk-sunor-3fa9")));
				assertThat(context.getBean(ProviderActivities.class).of("sunor").snapshot().lastStatus())
					.as("health sees the typed API's calls").isEqualTo(200);
			});
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SunorApi.class));
	}

	@Test
	void theTypedApiMapsErrorsAsTheProviderWritesThem() {
		api.stubFor(post("/sunor/task").willReturn(aResponse().withStatus(402)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":402,\"message\":\"Insufficient credits: available 3, required 10\"}")));
		this.runner.withPropertyValues("providers.sunor.api-key=sk-sunor-3fa9", "providers.sunor.base-url=" + base("sunor"))
			.run((context) -> assertThatExceptionOfType(InsufficientCreditsException.class)
				.isThrownBy(() -> context.getBean(SunorApi.class)
					.createTask(SunorTaskRequest.sunoLyrics("sea")))
				.satisfies((ex) -> assertThat(ex.getRequired()).hasValue(10)));
	}

	@Test
	void anInterfaceOfTheApplicationsOwnGetsEachProvidersKeyAsItsDocsSay() {
		api.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/[a-z-]+/things/.*"))
			.willReturn(ok("{}")));
		this.runner.withUserConfiguration(EveryProviderGroup.class)
			.withPropertyValues("providers.sunor.api-key=sk-sunor-3fa9", "providers.sunor.base-url=" + base("sunor"),
					"providers.supertone.api-key=sup-7e21", "providers.supertone.base-url=" + base("supertone"),
					"providers.whisul.api-key=wh-55c0", "providers.whisul.base-url=" + base("whisul"),
					"providers.autype.api-key=ak_9d12", "providers.autype.base-url=" + base("autype"),
					"providers.my-tts.api-key=tts-1b2c", "providers.my-tts.base-url=" + base("my-tts"),
					"providers.my-tts.auth.type=header", "providers.my-tts.auth.header-name=X-Tts-Key")
			.run((context) -> {
				context.getBean(SunorThings.class).get("1");
				context.getBean(SupertoneThings.class).get("1");
				context.getBean(WhisulThings.class).get("1");
				context.getBean(AutypeThings.class).get("1");
				context.getBean(MyTtsThings.class).get("1");
				api.verify(getRequestedFor(urlEqualTo("/sunor/things/1")).withHeader("x-api-key", equalTo("sk-sunor-3fa9"))
					.withHeader("Authorization", absent()));
				api.verify(getRequestedFor(urlEqualTo("/supertone/things/1")).withHeader("x-sup-api-key",
						equalTo("sup-7e21")));
				api.verify(getRequestedFor(urlEqualTo("/whisul/things/1")).withHeader("Authorization",
						equalTo("Bearer wh-55c0")));
				api.verify(getRequestedFor(urlEqualTo("/autype/things/1")).withHeader("X-API-Key", equalTo("ak_9d12"))
					.withHeader("Authorization", absent()));
				api.verify(getRequestedFor(urlEqualTo("/my-tts/things/1")).withHeader("X-Tts-Key", equalTo("tts-1b2c")));
			});
	}

	@Test
	void aGroupClientRetriesSendsDefaultHeadersAndRunsProviderCustomizers() {
		api.stubFor(get("/sunor/things/1").inScenario("retry").whenScenarioStateIs("Started")
			.willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
		api.stubFor(get("/sunor/things/1").inScenario("retry").whenScenarioStateIs("up").willReturn(ok("{}")));
		ProviderRestClientCustomizer customizer = (provider, builder) -> builder.defaultHeader("X-Customized", provider);
		this.runner.withUserConfiguration(SunorGroupOnly.class)
			.withBean(ProviderRestClientCustomizer.class, () -> customizer)
			.withPropertyValues("providers.sunor.api-key=sk-sunor-3fa9", "providers.sunor.base-url=" + base("sunor"),
					"providers.sunor.default-headers.X-Client=demo", "providers.sunor.retry.initial-interval=10ms")
			.run((context) -> {
				context.getBean(SunorThings.class).get("1");
				api.verify(2, getRequestedFor(urlEqualTo("/sunor/things/1")).withHeader("X-Client", equalTo("demo"))
					.withHeader("X-Customized", equalTo("sunor"))
					.withHeader("x-api-key", equalTo("sk-sunor-3fa9")));
			});
	}

	@Test
	void theProvidersBaseUrlWinsOverTheGroupsAndTheGroupsTimeoutFillsIn() {
		api.stubFor(get("/sunor/things/slow").willReturn(ok("{}").withFixedDelay(1500)));
		this.runner.withUserConfiguration(SunorGroupOnly.class)
			.withPropertyValues("providers.sunor.api-key=sk-sunor-3fa9", "providers.sunor.base-url=" + base("sunor"),
					"providers.sunor.retry.enabled=false",
					"spring.http.serviceclient.sunor.base-url=http://127.0.0.1:9/elsewhere",
					"spring.http.serviceclient.sunor.read-timeout=300ms")
			.run((context) -> {
				assertThatExceptionOfType(org.springframework.web.client.ResourceAccessException.class)
					.as("the group's read timeout applies where the provider sets none")
					.isThrownBy(() -> context.getBean(SunorThings.class).get("slow"));
				api.verify(getRequestedFor(urlEqualTo("/sunor/things/slow")));
			});
		this.runner.withUserConfiguration(SunorGroupOnly.class)
			.withPropertyValues("providers.sunor.api-key=sk-sunor-3fa9", "providers.sunor.base-url=" + base("sunor"),
					"providers.sunor.read-timeout=5s", "spring.http.serviceclient.sunor.read-timeout=300ms")
			.run((context) -> assertThat(context.getBean(SunorThings.class).get("slow"))
				.as("the provider's own read timeout wins").isEqualTo("{}"));
	}

	@Test
	void aGroupNamedAfterAProviderWithoutAKeyFailsStartupNamingWhatIsMissing() {
		this.runner.withUserConfiguration(WhisulGroupOnly.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidProviderConfigurationException.class);
			InvalidProviderConfigurationException ex = (InvalidProviderConfigurationException) rootCause(
					context.getStartupFailure());
			assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("providers.whisul.api-key");
				assertThat(problem.problem()).isEqualTo(
						"is not set, but the HTTP service group 'whisul' (WhisulThings) needs provider 'whisul'");
				assertThat(problem.action()).startsWith("Set providers.whisul.api-key or the WHISUL_API_KEY "
						+ "environment variable.")
					.endsWith("Or remove the group 'whisul' from @ImportHttpServices.");
			});
		});
	}

	@Test
	void aGroupOfAnotherNameIsLeftAlone() {
		api.stubFor(get("/elsewhere/things/1").willReturn(ok("{}")));
		this.runner.withUserConfiguration(OtherGroup.class)
			.withPropertyValues("providers.sunor.api-key=sk-sunor-3fa9",
					"spring.http.serviceclient.weather.base-url=" + base("elsewhere"))
			.run((context) -> {
				context.getBean(WeatherThings.class).get("1");
				api.verify(getRequestedFor(urlEqualTo("/elsewhere/things/1")).withHeader("x-api-key", absent()));
			});
	}

	@Test
	void anApplicationsOwnSunorApiBeanIsKept() {
		SunorApi mine = new OwnSunorApi();
		this.runner.withBean(SunorApi.class, () -> mine)
			.withPropertyValues("providers.sunor.api-key=sk-sunor-3fa9")
			.run((context) -> assertThat(context.getBean(SunorApi.class)).isSameAs(mine));
	}

	static final class OwnSunorApi implements SunorApi {

		@Override
		public SunorResponse<SunorCreatedTask> createTask(SunorTaskRequest request) {
			throw new UnsupportedOperationException();
		}

		@Override
		public SunorResponse<SunorTask> getTask(String taskId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public SunorResponse<SunorBalance> getBalance() {
			return new SunorResponse<>(200, new SunorBalance(1, 0, 1));
		}

		@Override
		public SunorResponse<SunorUsage> getUsage() {
			throw new UnsupportedOperationException();
		}

	}

	private static String base(String path) {
		return api.baseUrl() + "/" + path;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	interface SunorThings {

		@GetExchange("/things/{id}")
		String get(@PathVariable String id);

	}

	interface SupertoneThings {

		@GetExchange("/things/{id}")
		String get(@PathVariable String id);

	}

	interface WhisulThings {

		@GetExchange("/things/{id}")
		String get(@PathVariable String id);

		@PostExchange("/things")
		String post(@RequestBody String body);

	}

	interface AutypeThings {

		@GetExchange("/things/{id}")
		String get(@PathVariable String id);

	}

	interface MyTtsThings {

		@GetExchange("/things/{id}")
		String get(@PathVariable String id);

	}

	interface WeatherThings {

		@GetExchange("/things/{id}")
		String get(@PathVariable String id);

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "sunor", types = SunorThings.class)
	@ImportHttpServices(group = "supertone", types = SupertoneThings.class)
	@ImportHttpServices(group = "whisul", types = WhisulThings.class)
	@ImportHttpServices(group = "autype", types = AutypeThings.class)
	@ImportHttpServices(group = "my-tts", types = MyTtsThings.class)
	static class EveryProviderGroup {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "sunor", types = SunorThings.class)
	static class SunorGroupOnly {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "whisul", types = WhisulThings.class)
	static class WhisulGroupOnly {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "weather", types = WeatherThings.class)
	static class OtherGroup {

	}

}
