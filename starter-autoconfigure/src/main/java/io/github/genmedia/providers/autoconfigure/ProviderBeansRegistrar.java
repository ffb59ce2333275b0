package io.github.genmedia.providers.autoconfigure;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.ProviderJobsSupport;
import io.github.genmedia.providers.autoconfigure.resolution.ProviderResolution;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.keys.ProviderCredentialSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.ManagedMap;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.web.client.RestClient;

/**
 * The one registration pass of the providers' beans: from the environment's one
 * {@link ProviderResolution}, the {@link ActiveProviders} bean, and for each active
 * provider its {@code <name>RestClient}, its typed APIs in its HTTP service group
 * ({@link ProviderApiGroups}) and, when the application has a {@link JobPoller}, its
 * {@code <name>Jobs}.
 * <p>
 * Bean names depend on configuration, which {@code @Bean} methods cannot express, so the
 * providers are resolved here, while bean definitions are still being collected: a
 * configuration mistake stops the application before any bean is created. A bean the
 * application defines itself (a {@code sunorRestClient}, a {@code SunorApi} stand-in, its
 * own {@code SunorJobs}) is left to it. Every definition names a factory method of
 * {@link ProviderBeans} and its arguments, so that Spring's AOT processing can write it
 * out as code.
 */
class ProviderBeansRegistrar implements ImportBeanDefinitionRegistrar {

	/** The name of the bean that holds every provider's client, for {@link ProviderClients}. */
	static final String CLIENTS_BEAN_NAME = "genmediaProviderRestClients";

	private static final Log logger = LogFactory.getLog(ProviderBeansRegistrar.class);

	private final Environment environment;

	private final ListableBeanFactory beans;

	private final ResourceLoader resourceLoader;

	ProviderBeansRegistrar(Environment environment, BeanFactory beanFactory, ResourceLoader resourceLoader) {
		this.environment = environment;
		this.beans = (ListableBeanFactory) beanFactory;
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		boolean credentialSource = defines(ProviderCredentialSource.class);
		ActiveProviders active = ProviderResolution.of(this.environment, classLoader()).active(credentialSource);
		registry.registerBeanDefinition(ActiveProviders.BEAN_NAME, definition(ProviderResolution.class,
				"activeProviders", ActiveProviders.class, new RuntimeBeanReference("environment"), credentialSource));
		boolean polling = defines(JobPoller.class);
		ManagedMap<String, RuntimeBeanReference> clients = new ManagedMap<>();
		for (ActiveProvider provider : active.providers()) {
			clients.put(provider.name(), restClient(provider.name(), registry));
			ProviderJobsSupport<?> jobs = provider.jobs();
			if (polling && jobs != null && !defines(jobs.type())) {
				registry.registerBeanDefinition(ProviderClients.beanName(provider.name(), "Jobs"),
						definition(ProviderBeans.class, "jobs", jobs.type(),
								new RuntimeBeanReference(ActiveProviders.BEAN_NAME), provider.name(),
								new RuntimeBeanReference(jobs.api()), new RuntimeBeanReference(JobPoller.class)));
			}
		}
		registry.registerBeanDefinition(CLIENTS_BEAN_NAME,
				definition(ProviderBeans.class, "restClients", ProviderBeans.ProviderRestClients.class, clients));
		new ProviderApiGroups(active, this::defines, this.beans, this.environment, this.resourceLoader)
			.registerBeanDefinitions(metadata, registry);
		if (logger.isDebugEnabled()) {
			logger.debug("Active generative-media providers: " + active.names());
		}
	}

	private RuntimeBeanReference restClient(String provider, BeanDefinitionRegistry registry) {
		String beanName = ProviderClients.restClientBeanName(provider);
		if (registry.containsBeanDefinition(beanName)) {
			logger.debug("Provider '" + provider + "' uses the application's own bean '" + beanName + "'");
			return new RuntimeBeanReference(beanName);
		}
		RootBeanDefinition client = definition(ProviderBeans.class, "restClient", RestClient.class,
				new RuntimeBeanReference(ProviderRestClientFactory.class),
				new RuntimeBeanReference(ProviderRuntimes.class), provider);
		// Injected by name or qualifier only: setting a key must not turn an application's
		// single RestClient injection ambiguous, nor satisfy another library's
		// @ConditionalOnMissingBean(RestClient.class).
		client.setDefaultCandidate(false);
		registry.registerBeanDefinition(beanName, client);
		return new RuntimeBeanReference(beanName);
	}

	private boolean defines(Class<?> type) {
		return this.beans.getBeanNamesForType(type, true, false).length > 0;
	}

	private ClassLoader classLoader() {
		ClassLoader classLoader = this.resourceLoader.getClassLoader();
		return (classLoader != null) ? classLoader : ProviderBeansRegistrar.class.getClassLoader();
	}

	private static RootBeanDefinition definition(Class<?> factory, String method, Class<?> type,
			Object... arguments) {
		RootBeanDefinition definition = new RootBeanDefinition(factory);
		definition.setFactoryMethodName(method);
		definition.setTargetType(type);
		for (int i = 0; i < arguments.length; i++) {
			definition.getConstructorArgumentValues().addIndexedArgumentValue(i, arguments[i]);
		}
		return definition;
	}

}
