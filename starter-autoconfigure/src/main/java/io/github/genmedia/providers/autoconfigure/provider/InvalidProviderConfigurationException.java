package io.github.genmedia.providers.autoconfigure.provider;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at startup when {@code providers.*} cannot be turned into working clients.
 * <p>
 * Carries every problem found, not just the first, so one restart shows them all;
 * {@code InvalidProviderConfigurationFailureAnalyzer} turns it into Spring Boot's
 * "Description / Action" report.
 *
 * @since 0.1.0
 */
public class InvalidProviderConfigurationException extends RuntimeException {

	private final List<ConfigurationProblem> problems;

	public InvalidProviderConfigurationException(List<ConfigurationProblem> problems) {
		super(problems.stream()
			.map((problem) -> problem.property() + ": " + problem.problem())
			.collect(Collectors.joining("; ", "Invalid provider configuration: ", "")));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Return the problems found.
	 * @return the problems, in configuration order
	 */
	public List<ConfigurationProblem> getProblems() {
		return this.problems;
	}

}
