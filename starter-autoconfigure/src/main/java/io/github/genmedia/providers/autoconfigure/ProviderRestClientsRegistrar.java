package io.github.genmedia.providers.autoconfigure;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.resolution.ProviderResolution;
import io.github.genmedia.providers.autoconfigure.resolution.ResolvedProvidersRegistrar;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.ManagedMap;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * Registers the {@link ActiveProviders} bean and one {@code <name>RestClient} bean per
 * active provider, from the environment's one {@link ProviderResolution}.
 * <p>
 * Bean names depend on configuration, which {@code @Bean} methods cannot express, so the
 * providers are resolved here, while bean definitions are still being collected. A
 * configuration mistake therefore stops the application before any bean is created. A
 * bean definition of the same name that the application registered first is left alone:
 * the user's bean wins. Every definition names a factory method and its arguments
 * ({@link ProviderBeans}), so that Spring's AOT processing can write it out as code.
 */
class ProviderRestClientsRegistrar extends ResolvedProvidersRegistrar {

	/** The name of the bean that holds every provider's client, for {@link ProviderClients}. */
	static final String CLIENTS_BEAN_NAME = "genmediaProviderRestClients";

	private static final Log logger = LogFactory.getLog(ProviderRestClientsRegistrar.class);

	ProviderRestClientsRegistrar(Environment environment, BeanFactory beanFactory) {
		super(environment, beanFactory);
	}

	@Override
	protected void register(ActiveProviders active, boolean credentialSource, BeanDefinitionRegistry registry) {
		RootBeanDefinition providers = new RootBeanDefinition(ProviderResolution.class);
		providers.setFactoryMethodName("activeProviders");
		providers.setTargetType(ActiveProviders.class);
		providers.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference("environment"));
		providers.getConstructorArgumentValues().addIndexedArgumentValue(1, credentialSource);
		registry.registerBeanDefinition(ActiveProviders.BEAN_NAME, providers);
		ManagedMap<String, RuntimeBeanReference> clients = new ManagedMap<>();
		for (ActiveProvider provider : active.providers()) {
			String beanName = ProviderClients.restClientBeanName(provider.name());
			clients.put(provider.name(), new RuntimeBeanReference(beanName));
			if (registry.containsBeanDefinition(beanName)) {
				logger.debug("Provider '" + provider.name() + "' uses the application's own bean '" + beanName + "'");
				continue;
			}
			registry.registerBeanDefinition(beanName, restClient(provider.name()));
		}
		RootBeanDefinition byName = new RootBeanDefinition(ProviderBeans.class);
		byName.setFactoryMethodName("restClients");
		byName.setTargetType(ProviderBeans.ProviderRestClients.class);
		byName.getConstructorArgumentValues().addIndexedArgumentValue(0, clients);
		registry.registerBeanDefinition(CLIENTS_BEAN_NAME, byName);
		if (logger.isDebugEnabled()) {
			logger.debug("Active generative-media providers: " + active.names());
		}
	}

	private static RootBeanDefinition restClient(String provider) {
		RootBeanDefinition client = new RootBeanDefinition(ProviderBeans.class);
		client.setFactoryMethodName("restClient");
		client.setTargetType(RestClient.class);
		client.getConstructorArgumentValues()
			.addIndexedArgumentValue(0, new RuntimeBeanReference(ProviderRestClientFactory.class));
		client.getConstructorArgumentValues().addIndexedArgumentValue(1, new RuntimeBeanReference(ProviderRuntimes.class));
		client.getConstructorArgumentValues().addIndexedArgumentValue(2, provider);
		// Injected by name or qualifier only: setting a key must not turn an application's
		// single RestClient injection ambiguous, nor satisfy another library's
		// @ConditionalOnMissingBean(RestClient.class).
		client.setDefaultCandidate(false);
		return client;
	}

}
