package io.github.genmedia.providers.architecture.violation;

import org.springframework.beans.factory.BeanFactory;

/**
 * Breaks the bean lookup rule, for {@code ArchitectureTests}.
 */
class BeanLookup {

	Object find(BeanFactory beanFactory) {
		return beanFactory.getBean("something");
	}

}
