package io.github.genmedia.providers.autoconfigure;

import java.util.List;
import java.util.function.Predicate;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.web.service.registry.AbstractHttpServiceRegistrar;
import org.springframework.web.service.registry.HttpServiceGroup;

/**
 * The typed APIs of the active built-in providers ({@code SunorApi}, ...), each in the
 * HTTP service group named after its provider, registered through Spring Framework's own
 * registrar: the groups are then Spring's, which Spring Boot's HTTP service client support
 * and {@link ProviderHttpServiceGroupConfigurer} configure like the application's own.
 * <p>
 * Part of {@link ProviderBeansRegistrar}'s one pass, given the providers it resolved; never
 * imported by itself. An API the application already defines a bean of (a stand-in in its
 * tests, say) is left to that bean, as {@code @ConditionalOnMissingBean} would.
 */
final class ProviderApiGroups extends AbstractHttpServiceRegistrar {

	private static final Log logger = LogFactory.getLog(ProviderApiGroups.class);

	private final ActiveProviders providers;

	private final Predicate<Class<?>> defined;

	ProviderApiGroups(ActiveProviders providers, Predicate<Class<?>> defined, ListableBeanFactory beans,
			Environment environment, ResourceLoader resourceLoader) {
		this.providers = providers;
		this.defined = defined;
		setEnvironment(environment);
		setResourceLoader(resourceLoader);
		setBeanFactory(beans);
		if (resourceLoader.getClassLoader() != null) {
			setBeanClassLoader(resourceLoader.getClassLoader());
		}
	}

	@Override
	protected void registerHttpServices(GroupRegistry registry, AnnotationMetadata importingClassMetadata) {
		for (ActiveProvider provider : this.providers.providers()) {
			BuiltInProvider builtIn = provider.builtIn();
			for (Class<?> api : (builtIn != null) ? builtIn.httpServices() : List.<Class<?>>of()) {
				if (this.defined.test(api)) {
					logger.debug("Provider '" + provider.name() + "' leaves " + api.getSimpleName()
							+ " to the application's own bean");
					continue;
				}
				registry.forGroup(provider.name(), HttpServiceGroup.ClientType.REST_CLIENT).register(api);
			}
		}
	}

}
