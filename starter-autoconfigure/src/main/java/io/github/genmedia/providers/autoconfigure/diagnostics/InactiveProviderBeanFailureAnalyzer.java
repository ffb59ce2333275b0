package io.github.genmedia.providers.autoconfigure.diagnostics;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderJobsSupport;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.resolution.BuiltInProviders;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.client.RestClient;

/**
 * Explains a missing bean that exists only while a built-in provider is active (its typed
 * APIs, its jobs, its {@code <name>RestClient}): Spring's own analysis says only that no
 * bean was found, where the fix is the provider's credential. Ordered before Spring Boot's
 * {@code NoSuchBeanDefinitionFailureAnalyzer}, and silent for every other missing bean.
 *
 * @since 0.1.0
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class InactiveProviderBeanFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> {

	private final List<BuiltInProvider> providers;

	InactiveProviderBeanFailureAnalyzer() {
		this(BuiltInProviders.load(InactiveProviderBeanFailureAnalyzer.class.getClassLoader()).all());
	}

	InactiveProviderBeanFailureAnalyzer(List<BuiltInProvider> providers) {
		this.providers = providers;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		return this.providers.stream()
			.filter((provider) -> provides(provider, cause, restClientNames(rootFailure, cause)))
			.findFirst()
			.map((provider) -> analysis(provider, missing(provider.preset().name(), cause), cause))
			.orElse(null);
	}

	/**
	 * The names a missing {@code RestClient} was asked for by: the bean name, a
	 * {@code @Qualifier}, or the name of the parameter or field it was to be injected into.
	 */
	private static Set<String> restClientNames(Throwable failure, NoSuchBeanDefinitionException cause) {
		Set<String> names = new HashSet<>();
		if (cause.getBeanName() != null) {
			names.add(cause.getBeanName());
		}
		if (!RestClient.class.equals(cause.getBeanType())) {
			return names;
		}
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof UnsatisfiedDependencyException unsatisfied
					&& unsatisfied.getInjectionPoint() != null) {
				InjectionPoint point = unsatisfied.getInjectionPoint();
				for (Annotation annotation : point.getAnnotations()) {
					if (annotation instanceof Qualifier qualifier) {
						names.add(qualifier.value());
					}
				}
				Field field = point.getField();
				MethodParameter parameter = point.getMethodParameter();
				names.add((field != null) ? field.getName()
						: String.valueOf((parameter != null) ? parameter.getParameterName() : null));
			}
		}
		return names;
	}

	private static boolean provides(BuiltInProvider provider, NoSuchBeanDefinitionException cause,
			Set<String> restClientNames) {
		if (restClientNames.contains(provider.preset().name() + "RestClient")) {
			return true;
		}
		Class<?> type = cause.getBeanType();
		return type != null && (provider.httpServices().contains(type) || type.equals(jobsType(provider)));
	}

	private static @Nullable Class<?> jobsType(BuiltInProvider provider) {
		return Optional.ofNullable(provider.jobs()).<Class<?>>map(ProviderJobsSupport::type).orElse(null);
	}

	private static String missing(String provider, NoSuchBeanDefinitionException cause) {
		Class<?> type = cause.getBeanType();
		return (type != null && !RestClient.class.equals(type)) ? "a bean of type '" + type.getName() + "'"
				: "the bean '" + provider + "RestClient'";
	}

	private static String simpleName(NoSuchBeanDefinitionException cause) {
		Class<?> type = cause.getBeanType();
		return (type != null) ? type.getSimpleName() : RestClient.class.getSimpleName();
	}

	private static FailureAnalysis analysis(BuiltInProvider provider, String missing,
			NoSuchBeanDefinitionException cause) {
		ProviderPreset preset = provider.preset();
		String prefix = "providers." + preset.name() + ".";
		String credential = prefix + provider.credentialProperty();
		String description = String.format("A component required %s, which exists only while the %s provider is "
				+ "active, and it is not: %s is not set (nor the environment variable %s).", missing,
				preset.displayName(), credential, preset.environmentVariable());
		String source = provider.authenticatesItself() ? ""
				: ", or define a ProviderCredentialSource bean with " + prefix + "enabled=true";
		String action = String.format("Activate the %s provider: set %s (or the environment variable %s), or %s-file%s. "
				+ "If the application also runs without %s, inject ObjectProvider<%s> and call getIfAvailable() "
				+ "instead.", preset.displayName(), credential, preset.environmentVariable(), credential, source,
				preset.displayName(), simpleName(cause));
		return new FailureAnalysis(description, action, cause);
	}

}
