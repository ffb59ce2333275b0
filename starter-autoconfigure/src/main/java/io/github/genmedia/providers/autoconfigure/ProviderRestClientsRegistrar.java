package io.github.genmedia.providers.autoconfigure;

import io.github.genmedia.providers.autoconfigure.config.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.config.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.config.BuiltInProviders;
import io.github.genmedia.providers.autoconfigure.config.ProviderDefinitionResolver;
import io.github.genmedia.providers.keys.ProviderCredentialSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
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
 * left alone: the user's bean wins.
 */
class ProviderRestClientsRegistrar implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware {

	private static final Log logger = LogFactory.getLog(ProviderRestClientsRegistrar.class);

	private final Environment environment;

	private final BeanFactory beanFactory;

	private ClassLoader classLoader = ProviderRestClientsRegistrar.class.getClassLoader();

	ProviderRestClientsRegistrar(Environment environment, BeanFactory beanFactory) {
		this.environment = environment;
		this.beanFactory = beanFactory;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Whether the application declares a {@link ProviderCredentialSource}: its bean
	 * definitions are registered before any auto-configuration's.
	 */
	private boolean hasCredentialSource() {
		return this.beanFactory instanceof ListableBeanFactory listable
				&& listable.getBeanNamesForType(ProviderCredentialSource.class, true, false).length > 0;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
		ActiveProviders active = new ProviderDefinitionResolver(this.environment,
				BuiltInProviders.load(this.classLoader), hasCredentialSource()).resolve();
		registry.registerBeanDefinition(ActiveProviders.BEAN_NAME,
				new RootBeanDefinition(ActiveProviders.class, () -> active));
		for (ActiveProvider provider : active.providers()) {
			String beanName = ProviderClients.restClientBeanName(provider.name());
			if (registry.containsBeanDefinition(beanName)) {
				logger.debug("Provider '" + provider.name() + "' uses the application's own bean '" + beanName + "'");
				continue;
			}
			RootBeanDefinition client = new RootBeanDefinition(RestClient.class,
					() -> this.beanFactory.getBean(ProviderRestClientFactory.class).create(provider));
			// Injected by name or qualifier only: setting a key must not turn an
			// application's single RestClient injection ambiguous, nor satisfy another
			// library's @ConditionalOnMissingBean(RestClient.class).
			client.setDefaultCandidate(false);
			registry.registerBeanDefinition(beanName, client);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Active generative-media providers: " + active.names());
		}
	}

}
