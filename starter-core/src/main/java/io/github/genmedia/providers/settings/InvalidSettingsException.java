package io.github.genmedia.providers.settings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a settings record whose values cannot work, with every problem found.
 * <p>
 * Callers that map their own configuration onto the record read {@link #getProblems()}
 * and report each one by their own name for the setting; the message is for everyone
 * else.
 *
 * @since 0.1.0
 */
public class InvalidSettingsException extends IllegalArgumentException {

	private final Class<?> settingsType;

	private final List<SettingProblem> problems;

	/**
	 * Create the exception.
	 * @param settingsType the settings record that was rejected
	 * @param problems what is wrong, at least one
	 */
	public InvalidSettingsException(Class<?> settingsType, List<SettingProblem> problems) {
		super(problems.stream()
			.map((problem) -> problem.setting() + " " + problem.problem())
			.collect(Collectors.joining("; ", "Invalid " + settingsType.getSimpleName() + ": ", "")));
		this.settingsType = settingsType;
		this.problems = List.copyOf(problems);
	}

	/**
	 * Return the settings record that was rejected.
	 * @return its type
	 */
	public Class<?> getSettingsType() {
		return this.settingsType;
	}

	/**
	 * Return what is wrong.
	 * @return the problems, in the order of the record's components
	 */
	public List<SettingProblem> getProblems() {
		return this.problems;
	}

}
