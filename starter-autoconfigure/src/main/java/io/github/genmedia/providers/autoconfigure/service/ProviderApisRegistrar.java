package io.github.genmedia.providers.autoconfigure.service;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.resolution.ProviderResolution;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.web.service.registry.AbstractHttpServiceRegistrar;
import org.springframework.web.service.registry.HttpServiceGroup;

/**
 * Registers each active built-in provider's typed APIs in the provider's HTTP service
 * group, from the environment's one {@link ProviderResolution}, so that a provider with a key has its {@code SunorApi} (and so on) bean and a
 * provider without one has none.
 * <p>
 * An API the application already defines a bean of (a stand-in in its tests, say) is
 * left to that bean, as {@code @ConditionalOnMissingBean} would.
 */
class ProviderApisRegistrar extends AbstractHttpServiceRegistrar {

	private static final Log logger = LogFactory.getLog(ProviderApisRegistrar.class);

	private @Nullable BeanFactory beanFactory;

	private @Nullable Environment environment;

	private ClassLoader classLoader = ProviderApisRegistrar.class.getClassLoader();

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		super.setBeanFactory(beanFactory);
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		super.setEnvironment(environment);
		this.environment = environment;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		super.setBeanClassLoader(classLoader);
		this.classLoader = classLoader;
	}

	@Override
	protected void registerHttpServices(GroupRegistry registry, AnnotationMetadata importingClassMetadata) {
		if (!(this.beanFactory instanceof ListableBeanFactory beans) || this.environment == null
				|| !beans.containsBeanDefinition(ActiveProviders.BEAN_NAME)) {
			return;
		}
		ActiveProviders active = ProviderResolution.of(this.environment, this.classLoader)
			.active(ProviderResolution.hasCredentialSource(beans));
		for (ActiveProvider provider : active.providers()) {
			BuiltInProvider builtIn = provider.builtIn();
			List<Class<?>> apis = (builtIn != null) ? builtIn.httpServices() : List.of();
			for (Class<?> api : apis) {
				if (beans.getBeanNamesForType(api, true, false).length > 0) {
					logger.debug("Provider '" + provider.name() + "' leaves " + api.getSimpleName()
							+ " to the application's own bean");
					continue;
				}
				registry.forGroup(provider.name(), HttpServiceGroup.ClientType.REST_CLIENT).register(api);
			}
		}
	}

}
