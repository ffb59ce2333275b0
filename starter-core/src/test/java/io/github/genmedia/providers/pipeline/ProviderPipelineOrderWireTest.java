package io.github.genmedia.providers.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.genmedia.providers.activity.ProviderActivity;
import io.github.genmedia.providers.activity.ProviderActivityInterceptor;
import io.github.genmedia.providers.auth.ApiKeyInterceptor;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.CredentialSafeRedirectInterceptor;
import io.github.genmedia.providers.auth.OriginBoundHeadersInterceptor;
import io.github.genmedia.providers.auth.OriginGuard;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.keys.KeySelectionInterceptor;
import io.github.genmedia.providers.ratelimit.RateLimitInterceptor;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.retry.RetryInterceptor;
import io.github.genmedia.providers.retry.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stages run in their declared order, after the application's interceptors, as a
 * redirect followed by a retried failure shows on the wire.
 */
class ProviderPipelineOrderWireTest {

	@RegisterExtension
	static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final RetrySettings FAST = RetrySettings.defaults()
		.withInitialInterval(Duration.ofMillis(5))
		.withMaxInterval(Duration.ofMillis(10))
		.withJitter(Duration.ZERO);

	@Test
	void stagesAreOrderedOnce() {
		ProviderPipeline pipeline = ProviderPipeline
			.builder(definition().withRateLimit(RateLimitSettings.of(120, Duration.ofMinutes(1))))
			.activity(new ProviderActivity())
			.build();

		assertThat(pipeline.definition().name()).isEqualTo("sunor");
		assertThat(List.of(PipelineStage.values())).extracting(pipeline::stage)
			.hasExactlyElementsOfTypes(CredentialSafeRedirectInterceptor.class, ProviderActivityInterceptor.class,
					RetryInterceptor.class, KeySelectionInterceptor.class, RateLimitInterceptor.class,
					OriginBoundHeadersInterceptor.class, ApiKeyInterceptor.class);
	}

	@Test
	void theChainGuardsEachOriginBoundStageAndOnlyThose() {
		ProviderPipeline pipeline = ProviderPipeline
			.builder(definition().withRateLimit(RateLimitSettings.of(120, Duration.ofMinutes(1))))
			.activity(new ProviderActivity())
			.build();

		assertThat(List.of(PipelineStage.values())).filteredOn(PipelineStage::isOriginBound)
			.containsExactly(PipelineStage.CREDENTIAL, PipelineStage.RATE_LIMIT, PipelineStage.HEADERS,
					PipelineStage.AUTHENTICATION);
		List<ClientHttpRequestInterceptor> chain = pipeline.interceptors();
		assertThat(chain).hasSize(PipelineStage.values().length);
		for (PipelineStage stage : PipelineStage.values()) {
			ClientHttpRequestInterceptor link = chain.get(stage.ordinal());
			if (stage.isOriginBound()) {
				assertThat(link).isInstanceOfSatisfying(OriginGuard.class,
						(guard) -> assertThat(guard.stage()).isSameAs(pipeline.stage(stage)));
			}
			else {
				assertThat(link).isSameAs(pipeline.stage(stage));
			}
		}
	}

	@Test
	void withoutRateLimitSettingsThereIsNoRateLimitStage() {
		assertThat(ProviderPipeline.builder(definition()).build().stage(PipelineStage.RATE_LIMIT)).isNull();
	}

	@Test
	void aRedirectedRetriedCallPassesEveryStageInOrder() {
		provider.stubFor(get("/start").willReturn(aResponse().withStatus(302).withHeader("Location", "/moved")));
		provider.stubFor(get("/moved").inScenario("moved").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		provider.stubFor(get("/moved").inScenario("moved").whenScenarioStateIs("up").willReturn(ok("done")));
		List<String> seen = new CopyOnWriteArrayList<>();
		ClientHttpRequestInterceptor application = (request, body, execution) -> {
			seen.add(request.getURI().getPath() + " key=" + request.getHeaders().containsHeader("x-api-key")
					+ " team=" + request.getHeaders().containsHeader("X-Team"));
			return execution.execute(request, body);
		};
		ProviderActivity activity = new ProviderActivity();
		RestClient client = ProviderPipeline.builder(definition())
			.activity(activity)
			.requestFactory(noRedirects())
			.build()
			.applyTo(RestClient.builder().requestInterceptor(application))
			.build();

		assertThat(client.get().uri("/start").retrieve().body(String.class)).isEqualTo("done");

		// The application's interceptor runs once per call, before every stage: it never sees the key.
		assertThat(seen).containsExactly("/start key=false team=false");
		// Every request on the wire, hops and attempts alike, written afresh.
		provider.verify(1, getRequestedFor(urlEqualTo("/start")).withHeader("x-api-key", equalTo("sunor-key-7d1e"))
			.withHeader("X-Team", equalTo("blue")));
		provider.verify(2, getRequestedFor(urlEqualTo("/moved")).withHeader("x-api-key", equalTo("sunor-key-7d1e"))
			.withHeader("X-Team", equalTo("blue")));
		// Outside the retries: the 503 that a retry recovered from never counted as a failure.
		assertThat(activity.snapshot().lastStatus()).isEqualTo(200);
		assertThat(activity.snapshot().consecutiveFailures()).isZero();
	}

	@Test
	void withoutSpringBootTheRequestFactoryHasTheProvidersTimeouts() {
		ProviderPipeline pipeline = ProviderPipeline.builder(definition().withTimeouts(Duration.ofSeconds(3), null))
			.build();

		assertThat(pipeline.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(pipeline.readTimeout()).isEqualTo(ProviderPipeline.DEFAULT_READ_TIMEOUT);
		assertThat(pipeline.requestFactory()).isInstanceOf(ProviderRequestFactory.class)
			.extracting((factory) -> ((ProviderRequestFactory) factory).delegate())
			.isInstanceOf(JdkClientHttpRequestFactory.class);
	}

	private static ProviderDefinition definition() {
		return new ProviderDefinition("sunor", URI.create(provider.baseUrl()), ProviderAuth.header("x-api-key", null),
				Credential.of("sunor-key-7d1e"), null, null, Map.of("X-Team", "blue"), FAST);
	}

	private static JdkClientHttpRequestFactory noRedirects() {
		return new JdkClientHttpRequestFactory(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
	}

}
