package io.github.genmedia.providers.autoconfigure.resolution;

import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The part every registrar of per-provider beans shares: the environment's one
 * {@link ProviderResolution}, read while bean definitions are still being collected, with
 * the class loader and credential source of the application. A subclass says only what
 * each active provider contributes, as plain factory-method definitions that Spring's AOT
 * processing can write out as code.
 * <p>
 * The REST clients and the jobs each have a registrar of their own because each runs
 * when its own auto-configuration is read: a provider's jobs need the poller and the
 * typed APIs, which an application may leave out by excluding their auto-configurations.
 *
 * @since 0.1.0
 */
public abstract class ResolvedProvidersRegistrar implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware {

	private final Environment environment;

	private final BeanFactory beanFactory;

	private ClassLoader classLoader = ResolvedProvidersRegistrar.class.getClassLoader();

	/**
	 * Create a registrar; Spring passes both when it imports one.
	 * @param environment the environment the providers are resolved from
	 * @param beanFactory the bean factory the definitions are registered in
	 */
	protected ResolvedProvidersRegistrar(Environment environment, BeanFactory beanFactory) {
		this.environment = environment;
		this.beanFactory = beanFactory;
	}

	@Override
	public final void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public final void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		if (!appliesTo(registry)) {
			return;
		}
		boolean credentialSource = ProviderResolution.hasCredentialSource(this.beanFactory);
		register(ProviderResolution.of(this.environment, this.classLoader).active(credentialSource), credentialSource,
				registry);
	}

	/**
	 * Whether there is anything to register, before the providers are resolved: for
	 * example not when the beans these definitions need were left out.
	 * @param registry where the definitions would go
	 * @return {@code true} by default
	 */
	protected boolean appliesTo(BeanDefinitionRegistry registry) {
		return true;
	}

	/**
	 * Register the beans of the active providers.
	 * @param active the active providers, resolved once for the environment
	 * @param credentialSource whether the application has a {@code ProviderCredentialSource}
	 * @param registry where the definitions go
	 */
	protected abstract void register(ActiveProviders active, boolean credentialSource,
			BeanDefinitionRegistry registry);

	/**
	 * Return the bean factory, to see which beans the application defined itself.
	 * @return the bean factory
	 */
	protected final BeanFactory beanFactory() {
		return this.beanFactory;
	}

}
