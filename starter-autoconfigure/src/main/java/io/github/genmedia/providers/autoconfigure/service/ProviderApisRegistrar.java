package io.github.genmedia.providers.autoconfigure.service;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.config.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.config.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.config.BuiltInProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.web.service.registry.AbstractHttpServiceRegistrar;
import org.springframework.web.service.registry.HttpServiceGroup;

/**
 * Registers each active built-in provider's typed APIs in the provider's HTTP service
 * group, so that a provider with a key has its {@code SunorApi} (and so on) bean and a
 * provider without one has none.
 * <p>
 * An API the application already defines a bean of (a stand-in in its tests, say) is
 * left to that bean, as {@code @ConditionalOnMissingBean} would.
 */
class ProviderApisRegistrar extends AbstractHttpServiceRegistrar {

	private static final Log logger = LogFactory.getLog(ProviderApisRegistrar.class);

	private @Nullable BeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		super.setBeanFactory(beanFactory);
		this.beanFactory = beanFactory;
	}

	@Override
	protected void registerHttpServices(GroupRegistry registry, AnnotationMetadata importingClassMetadata) {
		if (!(this.beanFactory instanceof ListableBeanFactory beans)) {
			return;
		}
		ActiveProviders active = ActiveProviders.registered(beans).orElse(null);
		if (active == null) {
			return;
		}
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
