package io.github.genmedia.providers.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.retry.RetrySettings;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * A typed API on a provider pipeline, as the auto-configuration builds it, for tests
 * against a stand-in: HTTP/1.1 (WireMock's h2c upgrade and the JDK client disagree on
 * request bodies), retries off unless a test asks.
 */
public final class TypedApis {

	private TypedApis() {
	}

	/**
	 * Create a typed API authenticated with a header key.
	 * @param <T> the API
	 * @param api the interface
	 * @param provider the provider name
	 * @param baseUrl the stand-in's base URL
	 * @param auth how the key is sent
	 * @param key the key
	 * @param decoder how the provider writes errors
	 * @return the API
	 */
	public static <T> T create(Class<T> api, String provider, String baseUrl, ProviderAuth auth, String key,
			ProviderErrorDecoder decoder) {
		return create(api, provider, baseUrl, auth, key, decoder, RetrySettings.defaults().withEnabled(false));
	}

	/**
	 * Create a typed API with retries.
	 * @param <T> the API
	 * @param api the interface
	 * @param provider the provider name
	 * @param baseUrl the stand-in's base URL
	 * @param auth how the key is sent
	 * @param key the key
	 * @param decoder how the provider writes errors
	 * @param retry the retry settings
	 * @return the API
	 */
	public static <T> T create(Class<T> api, String provider, String baseUrl, ProviderAuth auth, String key,
			ProviderErrorDecoder decoder, RetrySettings retry) {
		return create(api, new ProviderDefinition(provider, URI.create(baseUrl), auth, Credential.of(key), null, null,
				Map.of(), retry), decoder);
	}

	/**
	 * Create a typed API for a definition (a rate limit, for example).
	 * @param <T> the API
	 * @param api the interface
	 * @param definition the provider's definition, its base URL the stand-in's
	 * @param decoder how the provider writes errors
	 * @return the API
	 */
	public static <T> T create(Class<T> api, ProviderDefinition definition, ProviderErrorDecoder decoder) {
		JdkClientHttpRequestFactory library = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		RestClient client = ProviderPipeline.builder(definition)
			.requestFactory(library)
			.errorDecoder(decoder)
			.build()
			.applyTo(RestClient.builder())
			.build();
		return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build().createClient(api);
	}

}
