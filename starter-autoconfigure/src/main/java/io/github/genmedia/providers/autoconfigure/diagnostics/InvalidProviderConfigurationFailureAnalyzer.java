package io.github.genmedia.providers.autoconfigure.diagnostics;

import java.util.stream.Collectors;

import io.github.genmedia.providers.autoconfigure.provider.InvalidProviderConfigurationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports {@link InvalidProviderConfigurationException} as a startup failure that names
 * each property and its fix, instead of a stack trace.
 */
class InvalidProviderConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidProviderConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidProviderConfigurationException cause) {
		String description = cause.getProblems()
			.stream()
			.map((problem) -> "    - " + problem.property() + ": " + problem.problem())
			.collect(Collectors.joining("\n", "The generative-media provider configuration is invalid:\n\n", ""));
		String action = cause.getProblems()
			.stream()
			.map((problem) -> "    - " + problem.action())
			.distinct()
			.collect(Collectors.joining("\n", "Update your application's configuration:\n\n", ""));
		return new FailureAnalysis(description, action, cause);
	}

}
