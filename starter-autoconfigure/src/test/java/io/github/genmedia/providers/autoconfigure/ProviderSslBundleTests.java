package io.github.genmedia.providers.autoconfigure;

import io.github.genmedia.providers.autoconfigure.config.InvalidProviderConfigurationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code providers.<name>.ssl.bundle}, as docs/how-to/ssl-bundle-for-a-proxy.md promises:
 * a bundle that does not exist stops startup naming the property and the fix.
 */
class ProviderSslBundleTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ProvidersAutoConfiguration.class))
		.withPropertyValues("providers.sunor.api-key=k");

	@Test
	void aBundleThatDoesNotExistStopsStartupNamingTheProperty() {
		this.runner.withPropertyValues("providers.sunor.ssl.bundle=corporate-proxy").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidProviderConfigurationException.class)
				.hasMessageContaining("providers.sunor.ssl.bundle")
				.hasMessageContaining("names SSL bundle 'corporate-proxy', which does not exist");
		});
	}

	@Test
	void aBundleThatExistsStartsTheProvidersClient() {
		this.runner
			.withPropertyValues("providers.sunor.ssl.bundle=corporate-proxy",
					"spring.ssl.bundle.pem.corporate-proxy.truststore.certificate=classpath:test-ca.pem",
					"providers.whisul.api-key=w")
			.run((context) -> assertThat(context).hasNotFailed().hasBean("sunorRestClient").hasBean("whisulRestClient"));
	}

}
