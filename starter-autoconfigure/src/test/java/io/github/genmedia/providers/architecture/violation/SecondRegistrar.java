package io.github.genmedia.providers.architecture.violation;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Breaks the one-registration-pass rule, for {@code ArchitectureTests}: a second
 * registrar of per-provider beans, imported by a configuration of its own.
 */
class SecondRegistrar implements ImportBeanDefinitionRegistrar {

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
	}

	@Configuration(proxyBeanMethods = false)
	@Import(SecondRegistrar.class)
	static class ImportingConfiguration {

	}

}
