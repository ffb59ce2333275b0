package io.github.genmedia.providers.autoconfigure;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientSettingsProperties;
import org.springframework.boot.http.client.autoconfigure.HttpClientSettingsPropertyMapper;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;


/**
 * Maps a provider onto Spring Boot's {@link HttpClientSettings}: its own timeouts and SSL
 * bundle, else the application's ({@code spring.http.clients.*}), else the starter's
 * defaults, and never the HTTP library's redirects, which the provider's pipeline
 * follows itself.
 *
 * @since 0.1.0
 */
public final class ProviderClientSettings {

	private static final HttpClientSettings STARTER_DEFAULTS = HttpClientSettings.defaults()
		.withTimeouts(ProviderPipeline.DEFAULT_CONNECT_TIMEOUT, ProviderPipeline.DEFAULT_READ_TIMEOUT);

	private final HttpClientSettings application;

	private final @Nullable SslBundles sslBundles;

	/**
	 * Create the mapping.
	 * @param application the application's HTTP client settings
	 * @param sslBundles the application's SSL bundles, or {@code null} when there are none
	 */
	public ProviderClientSettings(HttpClientSettings application, @Nullable SslBundles sslBundles) {
		this.application = application;
		this.sslBundles = sslBundles;
	}

	/**
	 * Return the settings of a provider's HTTP client.
	 * @param provider the provider
	 * @return its settings
	 * @throws InvalidProviderConfigurationException if its SSL bundle does not exist
	 */
	public HttpClientSettings of(ActiveProvider provider) {
		return of(provider, this.application);
	}

	/**
	 * Return the settings of the HTTP client of a provider's HTTP service group: the
	 * provider's own settings first, then the group's
	 * ({@code spring.http.serviceclient.<group>.*}), then the application's.
	 * @param provider the provider
	 * @param group the group's properties, or {@code null} when it has none
	 * @return the settings
	 */
	public HttpClientSettings ofGroup(ActiveProvider provider, @Nullable HttpClientSettingsProperties group) {
		return of(provider, new HttpClientSettingsPropertyMapper(this.sslBundles, this.application).map(group));
	}

	private HttpClientSettings of(ActiveProvider provider, HttpClientSettings fallback) {
		ProviderDefinition definition = provider.definition();
		HttpClientSettings own = HttpClientSettings.defaults()
			.withTimeouts(definition.connectTimeout(), definition.readTimeout())
			.withSslBundle(sslBundle(provider));
		return own.orElse(fallback).orElse(STARTER_DEFAULTS).withRedirects(HttpRedirects.DONT_FOLLOW);
	}

	private @Nullable SslBundle sslBundle(ActiveProvider provider) {
		String name = provider.sslBundle();
		if (name == null) {
			return null;
		}
		String property = "providers." + provider.name() + ".ssl.bundle";
		if (this.sslBundles == null) {
			throw invalid(property, "names SSL bundle '" + name + "', but the application has no SSL bundles");
		}
		try {
			return this.sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw invalid(property, "names SSL bundle '" + name + "', which does not exist");
		}
	}

	private static InvalidProviderConfigurationException invalid(String property, String problem) {
		return new InvalidProviderConfigurationException(List.of(new ConfigurationProblem(property, problem,
				"Define the bundle under spring.ssl.bundle.jks.<name> or spring.ssl.bundle.pem.<name>, or remove "
						+ property + ".")));
	}

}
