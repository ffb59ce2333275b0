package io.github.genmedia.providers.autoconfigure.job;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderJobsSupport;
import io.github.genmedia.providers.autoconfigure.resolution.ResolvedProvidersRegistrar;
import io.github.genmedia.providers.job.JobPoller;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.env.Environment;

/**
 * Registers the jobs bean of each active provider that has generation jobs, as
 * {@code <name>Jobs} of its own type ({@code SunorJobs}, ...), unless the application
 * defines one of that type, from the environment's one resolution
 * ({@link ResolvedProvidersRegistrar}). Each definition names {@link ProviderJobsBeans#jobs} and its arguments, the provider's typed
 * API by type, so that Spring's AOT processing can write it out as code.
 */
class ProviderJobsRegistrar extends ResolvedProvidersRegistrar {

	ProviderJobsRegistrar(Environment environment, BeanFactory beanFactory) {
		super(environment, beanFactory);
	}

	/** Only where the providers' beans are: none when their auto-configuration is left out. */
	@Override
	protected boolean appliesTo(BeanDefinitionRegistry registry) {
		return beanFactory() instanceof ListableBeanFactory && registry.containsBeanDefinition(ActiveProviders.BEAN_NAME);
	}

	@Override
	protected void register(ActiveProviders active, boolean credentialSource, BeanDefinitionRegistry registry) {
		ListableBeanFactory beans = (ListableBeanFactory) beanFactory();
		for (ActiveProvider provider : active.providers()) {
			BuiltInProvider builtIn = provider.builtIn();
			ProviderJobsSupport<?> jobs = (builtIn != null) ? builtIn.jobs() : null;
			if (jobs == null || beans.getBeanNamesForType(jobs.type(), true, false).length > 0) {
				continue;
			}
			RootBeanDefinition definition = new RootBeanDefinition(ProviderJobsBeans.class);
			definition.setFactoryMethodName("jobs");
			definition.setTargetType(jobs.type());
			definition.getConstructorArgumentValues()
				.addIndexedArgumentValue(0, new RuntimeBeanReference(ActiveProviders.BEAN_NAME));
			definition.getConstructorArgumentValues().addIndexedArgumentValue(1, provider.name());
			definition.getConstructorArgumentValues().addIndexedArgumentValue(2, new RuntimeBeanReference(jobs.api()));
			definition.getConstructorArgumentValues()
				.addIndexedArgumentValue(3, new RuntimeBeanReference(JobPoller.class));
			registry.registerBeanDefinition(ProviderClients.beanName(provider.name(), "Jobs"), definition);
		}
	}

}
