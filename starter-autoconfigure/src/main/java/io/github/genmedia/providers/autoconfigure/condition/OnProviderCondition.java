package io.github.genmedia.providers.autoconfigure.condition;

import java.util.Map;

import io.github.genmedia.providers.autoconfigure.resolution.ProviderResolution;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.Assert;

/**
 * The condition of {@link ConditionalOnProvider}: reads the environment's one
 * {@link ProviderResolution}, so that "active" means here what it means everywhere.
 */
class OnProviderCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnProvider.class.getName());
		Assert.state(attributes != null, "No @ConditionalOnProvider");
		String name = (String) attributes.get("value");
		Assert.state(name != null, "No provider name in @ConditionalOnProvider");
		ClassLoader classLoader = context.getClassLoader();
		ProviderResolution resolution = ProviderResolution.of(context.getEnvironment(),
				(classLoader != null) ? classLoader : OnProviderCondition.class.getClassLoader());
		return resolution.isActive(name) ? ConditionOutcome.match("provider '" + name + "' is active")
				: ConditionOutcome.noMatch("provider '" + name + "' is not active");
	}

}
