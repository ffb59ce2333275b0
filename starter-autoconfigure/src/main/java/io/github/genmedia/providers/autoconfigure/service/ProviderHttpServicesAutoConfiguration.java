package io.github.genmedia.providers.autoconfigure.service;

import io.github.genmedia.providers.autoconfigure.ProviderRestClientFactory;
import io.github.genmedia.providers.autoconfigure.ProviderRuntimes;
import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientProperties;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.support.RestClientAdapter;

/**
 * {@link AutoConfiguration Auto-configuration} of providers as HTTP service groups: the
 * built-in providers' typed APIs ({@code SunorApi}, ...) as beans of their groups, and
 * every group named after an active provider, the application's own interfaces included,
 * configured as that provider's {@code RestClient} is.
 * <p>
 * Runs before Spring Boot's HTTP service client auto-configuration, which applies only
 * when some group exists: the registrar here may create the first.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = ProvidersAutoConfiguration.class, before = HttpServiceClientAutoConfiguration.class)
@ConditionalOnClass(RestClientAdapter.class)
@Import(ProviderApisRegistrar.class)
public final class ProviderHttpServicesAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProviderHttpServiceGroupConfigurer providerHttpServiceGroupConfigurer(ActiveProviders activeProviders,
			ProviderRuntimes runtimes, ProviderRestClientFactory clientFactory,
			ObjectProvider<HttpServiceClientProperties> groupProperties) {
		return new ProviderHttpServiceGroupConfigurer(activeProviders, runtimes, clientFactory,
				groupProperties.getIfAvailable());
	}

}
