package io.github.genmedia.providers.autoconfigure.condition;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when a provider is active: its credential is configured (or its built-in
 * environment variable is set) or {@code providers.<name>.enabled} is true, and
 * {@code enabled} is not false. The same rule decides whether its client is created, so
 * a provider's own beans appear exactly when its client does.
 *
 * @since 0.1.0
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnProviderCondition.class)
public @interface ConditionalOnProvider {

	/**
	 * The provider's name under {@code providers}.
	 * @return the name
	 */
	String value();

}
