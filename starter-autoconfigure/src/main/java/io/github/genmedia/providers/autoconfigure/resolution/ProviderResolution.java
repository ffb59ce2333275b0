package io.github.genmedia.providers.autoconfigure.resolution;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import io.github.genmedia.providers.autoconfigure.condition.ConditionalOnProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autoconfigure.provider.ConfigurationProblem;
import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * {@code providers.*} bound, checked and resolved once per {@link Environment}, as Spring
 * Boot's {@code Binder.get(environment)} is: the condition of {@link ConditionalOnProvider},
 * the one registrar of the providers' beans and the {@link ActiveProviders} bean all read
 * this one result instead of binding the properties again, and no two of them can disagree
 * about which provider is active.
 * <p>
 * Both outcomes of the one thing that depends on beans rather than on configuration are
 * kept: whether the application has a {@code ProviderCredentialSource}, which the
 * condition of an auto-configuration cannot yet know.
 *
 * @since 0.1.0
 */
public final class ProviderResolution {

	private static final Map<Environment, ProviderResolution> resolutions = Collections
		.synchronizedMap(new WeakHashMap<>());

	private final ActiveProviders providers;

	private final List<ConfigurationProblem> problems;

	private final List<ConfigurationProblem> problemsWithoutSource;

	ProviderResolution(ActiveProviders providers, List<ConfigurationProblem> problems,
			List<ConfigurationProblem> problemsWithoutSource) {
		this.providers = providers;
		this.problems = List.copyOf(problems);
		this.problemsWithoutSource = List.copyOf(problemsWithoutSource);
	}

	/**
	 * Return the resolution of an environment, resolving it on first use.
	 * @param environment the environment
	 * @param classLoader where the built-in providers are found
	 * @return the resolution
	 */
	public static ProviderResolution of(Environment environment, ClassLoader classLoader) {
		return resolutions.computeIfAbsent(environment,
				(key) -> new ProviderDefinitionResolver(key, BuiltInProviders.load(classLoader)).resolve());
	}

	/**
	 * Return the active providers of an environment: the factory method of the
	 * {@link ActiveProviders} bean, which the registrar defines with the environment and
	 * whether the application has a credential source as its arguments.
	 * @param environment the environment
	 * @param credentialSource whether the application has a {@code ProviderCredentialSource}
	 * @return the active providers
	 * @throws InvalidProviderConfigurationException with every problem found
	 */
	public static ActiveProviders activeProviders(Environment environment, boolean credentialSource) {
		ClassLoader classLoader = ClassUtils.getDefaultClassLoader();
		return of(environment, (classLoader != null) ? classLoader : ProviderResolution.class.getClassLoader())
			.active(credentialSource);
	}

	/**
	 * Return the active providers.
	 * @param credentialSource whether the application has a {@code ProviderCredentialSource}
	 * @return the providers, in configuration order
	 * @throws InvalidProviderConfigurationException with every problem found
	 */
	public ActiveProviders active(boolean credentialSource) {
		List<ConfigurationProblem> found = credentialSource ? this.problems : this.problemsWithoutSource;
		if (!found.isEmpty()) {
			throw new InvalidProviderConfigurationException(found);
		}
		return this.providers;
	}

	/**
	 * Whether a provider is active, for {@link ConditionalOnProvider}: a provider waiting
	 * for a credential source counts, and nothing counts when the configuration has
	 * mistakes, which the registrar reports.
	 * @param name the provider name
	 * @return {@code true} when it is active
	 */
	public boolean isActive(String name) {
		return this.problems.isEmpty() && this.providers.find(name).isPresent();
	}

	@Override
	public String toString() {
		return "ProviderResolution[" + this.providers.names() + ", " + this.problems.size() + " problems]";
	}

}
