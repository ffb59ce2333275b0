package io.github.genmedia.providers.autoconfigure.config;

import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The condition of {@link ConditionalOnProvider}.
 */
class OnProviderCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnProvider.class.getName());
		Assert.state(attributes != null, "No @ConditionalOnProvider");
		String name = (String) attributes.get("value");
		BuiltInProviders builtIns = BuiltInProviders.load(context.getClassLoader());
		return isActive(context.getEnvironment(), builtIns, name)
				? ConditionOutcome.match("provider '" + name + "' has a credential or is enabled")
				: ConditionOutcome.noMatch("provider '" + name + "' has no credential and is not enabled");
	}

	static boolean isActive(Environment environment, BuiltInProviders builtIns, String name) {
		String prefix = ProvidersBinder.PREFIX + "." + name + ".";
		Boolean enabled = environment.getProperty(prefix + "enabled", Boolean.class);
		if (enabled != null) {
			return enabled;
		}
		ProviderProperties properties = BeanUtils.instantiateClass(builtIns.propertiesType(name));
		String credential = prefix + properties.credentialProperty();
		for (String property : new String[] { credential, prefix + properties.credentialFileProperty(), credential + "s",
				credential + "s[0]" }) {
			if (StringUtils.hasText(environment.getProperty(property))) {
				return true;
			}
		}
		return builtIns.find(name)
			.map((builtIn) -> StringUtils.hasText(environment.getProperty(builtIn.preset().environmentVariable())))
			.orElse(false);
	}

}
