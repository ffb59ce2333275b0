package io.github.genmedia.providers.autoconfigure.suno;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when Suno is active; see {@link SunoActivation}.
 */
class OnSunoActiveCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return SunoActivation.isActive(context.getEnvironment())
				? ConditionOutcome.match("a Suno cookie is configured or providers.suno.enabled is true")
				: ConditionOutcome.noMatch("no Suno cookie (providers.suno.cookie or SUNO_COOKIE)");
	}

}
