package io.github.genmedia.providers.keys;

import java.net.URI;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.auth.RequestCredential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.retry.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A tenant's key replaces the configured one for its request only, is checked like it,
 * and never leaves the provider's origin.
 */
class TenantCredentialWireTest {

	@RegisterExtension
	static WireMockExtension autype = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final RestClient client = ProviderPipeline
		.builder(new ProviderDefinition("autype", URI.create(autype.baseUrl()), ProviderAuth.header("X-API-Key", "ak_"),
				Credential.of("ak_configured-0123456789"), null, null, Map.of(), RetrySettings.defaults().withEnabled(false)))
		.build()
		.applyTo(RestClient.builder())
		.build();

	interface TenantApi {

		@GetExchange("/api-key/info")
		String info(@RequestAttribute(RequestCredential.TENANT_ATTRIBUTE) Credential key);

	}

	@Test
	void anHttpInterfaceParameterCarriesTheTenantsKeyForItsCallOnly() {
		autype.stubFor(get("/api-key/info").willReturn(ok("info")));
		TenantApi api = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(this.client))
			.build()
			.createClient(TenantApi.class);

		assertThat(api.info(Credential.of("ak_tenant-0123456789"))).isEqualTo("info");
		this.client.get().uri("/api-key/info").retrieve().body(String.class);

		autype.verify(1, getRequestedFor(urlEqualTo("/api-key/info")).withHeader("X-API-Key",
				equalTo("ak_tenant-0123456789")));
		autype.verify(1, getRequestedFor(urlEqualTo("/api-key/info")).withHeader("X-API-Key",
				equalTo("ak_configured-0123456789")));
	}

	@Test
	void aTenantsKeyThatFailsTheProvidersChecksIsRefusedUnsentWithoutTheKey() {
		assertThatExceptionOfType(InvalidCredentialException.class)
			.isThrownBy(() -> this.client.get()
				.uri("/api-key/info")
				.attribute(RequestCredential.TENANT_ATTRIBUTE, "Bearer tenant-0123456789")
				.retrieve()
				.body(String.class))
			.withMessage("The credential does not start with 'ak_'");
		autype.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aTenantsKeyGoesOnlyToTheProvidersOrigin() {
		elsewhere.stubFor(get("/file").willReturn(ok("file")));
		this.client.get()
			.uri(elsewhere.baseUrl() + "/file")
			.attribute(RequestCredential.TENANT_ATTRIBUTE, "ak_tenant-0123456789")
			.retrieve()
			.body(String.class);
		assertThat(elsewhere.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().containsHeader("X-API-Key")).isFalse());
	}

}
