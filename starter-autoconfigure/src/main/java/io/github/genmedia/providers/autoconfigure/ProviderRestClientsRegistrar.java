package io.github.genmedia.providers.autoconfigure;

import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.definition.ProviderDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.web.client.RestClient;

/**
 * Registers one {@code <name>RestClient} bean per active provider.
 * <p>
 * Bean names depend on configuration, which {@code @Bean} methods cannot express, so the
 * providers are bound and validated here, while bean definitions are still being
 * collected. A configuration mistake therefore stops the application before any bean is
 * created. A bean definition of the same name that the application registered first is
 * left alone: the user's bean wins. Suno's client needs its token machinery and is
 * defined by {@code SunoAutoConfiguration} instead.
 */
class ProviderRestClientsRegistrar implements ImportBeanDefinitionRegistrar {

	private static final Log logger = LogFactory.getLog(ProviderRestClientsRegistrar.class);

	private final Environment environment;

	private final BeanFactory beanFactory;

	ProviderRestClientsRegistrar(Environment environment, BeanFactory beanFactory) {
		this.environment = environment;
		this.beanFactory = beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
		Map<String, ProviderProperties> configured = Binder.get(this.environment)
			.bind(ProvidersProperties.PREFIX, Bindable.mapOf(String.class, ProviderProperties.class))
			.orElseGet(Map::of);
		List<ProviderDefinition> definitions = new ProviderDefinitionResolver(this.environment).resolve(configured);
		ActiveProviders active = new ActiveProviders(definitions);
		registry.registerBeanDefinition(ActiveProviders.BEAN_NAME,
				new RootBeanDefinition(ActiveProviders.class, () -> active));
		for (ProviderDefinition definition : definitions) {
			String beanName = ProviderClients.restClientBeanName(definition.name());
			if (BuiltInProvider.find(definition.name()).map(BuiltInProvider::usesCookie).orElse(false)) {
				continue;
			}
			if (registry.containsBeanDefinition(beanName)) {
				logger.debug("Provider '" + definition.name() + "' uses the application's own bean '" + beanName + "'");
				continue;
			}
			RootBeanDefinition client = new RootBeanDefinition(RestClient.class,
					() -> this.beanFactory.getBean(ProviderRestClientFactory.class).create(definition));
			// Injected by name or qualifier only: setting a key must not turn an
			// application's single RestClient injection ambiguous, nor satisfy another
			// library's @ConditionalOnMissingBean(RestClient.class).
			client.setDefaultCandidate(false);
			registry.registerBeanDefinition(beanName, client);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Active generative-media providers: "
					+ definitions.stream().map(ProviderDefinition::name).toList());
		}
	}

}
