package io.github.genmedia.providers.autoconfigure.job;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.config.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.config.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.config.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.config.JobsConfigurable;
import io.github.genmedia.providers.autoconfigure.config.JobsProperties;
import io.github.genmedia.providers.autoconfigure.config.ProviderJobsSupport;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.job.ProviderJobs;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the jobs bean of each active provider that has generation jobs, as
 * {@code <name>Jobs} of its own type ({@code SunorJobs}, ...), unless the application
 * defines one of that type.
 */
class ProviderJobsRegistrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware {

	private BeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		if (!(this.beanFactory instanceof ListableBeanFactory beans)) {
			return;
		}
		ActiveProviders active = ActiveProviders.registered(beans).orElse(null);
		if (active == null) {
			return;
		}
		for (ActiveProvider provider : active.providers()) {
			BuiltInProvider builtIn = provider.builtIn();
			ProviderJobsSupport<?> jobs = (builtIn != null) ? builtIn.jobs() : null;
			if (jobs == null || beans.getBeanNamesForType(jobs.type(), true, false).length > 0) {
				continue;
			}
			register(registry, provider, jobs);
		}
	}

	private <J extends ProviderJobs<?>> void register(BeanDefinitionRegistry registry,
			ActiveProvider provider, ProviderJobsSupport<J> jobs) {
		PollingSettings settings = settings(provider, jobs);
		RootBeanDefinition definition = new RootBeanDefinition(jobs.type(), () -> jobs.create(provider, settings,
				this.beanFactory.getBean(JobPoller.class), this.beanFactory));
		registry.registerBeanDefinition(ProviderClients.beanName(provider.name(), "Jobs"), definition);
	}

	private static PollingSettings settings(ActiveProvider provider, ProviderJobsSupport<?> jobs) {
		JobsProperties properties = (provider.properties() instanceof JobsConfigurable configurable)
				? configurable.getJobs() : new JobsProperties();
		return properties.toSettings(jobs.defaults());
	}

}
