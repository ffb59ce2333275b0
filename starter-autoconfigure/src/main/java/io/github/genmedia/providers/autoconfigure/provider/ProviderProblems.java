package io.github.genmedia.providers.autoconfigure.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingProblem;
import org.jspecify.annotations.Nullable;

/**
 * Collects the configuration mistakes of one provider, named by property relative to
 * {@code providers.<name>}, so that every mistake is reported at once.
 *
 * @since 0.1.0
 */
public final class ProviderProblems {

	private final String prefix;

	private final List<ConfigurationProblem> problems;

	/**
	 * Create a collector of one provider's problems.
	 * @param prefix the provider's properties, {@code providers.<name>}
	 * @param problems where the problems of every provider are collected, from {@link #list()}
	 */
	public ProviderProblems(String prefix, List<ConfigurationProblem> problems) {
		this.prefix = prefix;
		this.problems = problems;
	}

	/**
	 * Return the full name of a property of the provider.
	 * @param property the property, for example {@code api-key}
	 * @return for example {@code providers.sunor.api-key}
	 */
	public String property(String property) {
		return this.prefix + "." + property;
	}

	/**
	 * Report a mistake.
	 * @param property the property, relative to the provider
	 * @param problem what is wrong, without the value when it may be a secret
	 * @param action how to fix it
	 */
	public void add(String property, String problem, String action) {
		this.problems.add(new ConfigurationProblem(property(property), problem, action));
	}

	/**
	 * Report every problem of a settings record the provider's properties were mapped to.
	 * @param ex the rejection
	 * @param propertyOf the property, relative to the provider, of each record component
	 */
	public void add(InvalidSettingsException ex, Function<String, String> propertyOf) {
		for (SettingProblem problem : ex.getProblems()) {
			String property = propertyOf.apply(problem.setting());
			add(property, problem.problem(), "Set " + property(property) + " to a value that fits, or remove it for "
					+ "the default.");
		}
	}

	/**
	 * Build settings records of the provider, and report each problem of a rejected one
	 * under its property: the one place a {@code SettingProblem} is mapped to a property.
	 * @param <T> the settings type
	 * @param group the properties' group relative to the provider, such as {@code retry},
	 * each record component the kebab-case property in it; empty for the provider's own
	 * @param settings builds the settings, throwing {@link InvalidSettingsException} when
	 * they do not fit
	 * @return the settings, or {@code null} when they were rejected
	 */
	public <T> @Nullable T settings(String group, Supplier<T> settings) {
		return settings((setting) -> (group.isEmpty() ? "" : group + ".") + kebab(setting), settings);
	}

	/**
	 * Build settings records of the provider, and report each problem of a rejected one
	 * under the property of its component.
	 * @param <T> the settings type
	 * @param propertyOf the property, relative to the provider, of each record component
	 * @param settings builds the settings
	 * @return the settings, or {@code null} when they were rejected
	 */
	public <T> @Nullable T settings(Function<String, String> propertyOf, Supplier<T> settings) {
		try {
			return settings.get();
		}
		catch (InvalidSettingsException ex) {
			add(ex, propertyOf);
			return null;
		}
	}

	/**
	 * Whether anything was reported since this collector was made.
	 * @param before the number of problems when the provider's check began
	 * @return {@code true} when the provider has problems
	 */
	public boolean grewSince(int before) {
		return this.problems.size() > before;
	}

	/**
	 * Return how many problems every provider has so far.
	 * @return the number
	 */
	public int size() {
		return this.problems.size();
	}

	/**
	 * Turn a record component into its property name: {@code maxAttempts} becomes
	 * {@code max-attempts}.
	 * @param setting the component
	 * @return the kebab-case name
	 */
	public static String kebab(String setting) {
		return setting.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * Return a new list to collect every provider's problems in.
	 * @return the list
	 */
	public static List<ConfigurationProblem> list() {
		return new ArrayList<>();
	}

}
