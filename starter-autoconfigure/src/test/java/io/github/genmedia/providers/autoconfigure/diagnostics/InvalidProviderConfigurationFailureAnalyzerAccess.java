package io.github.genmedia.providers.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Lets tests in other packages run the package-private failure analyzer.
 */
public final class InvalidProviderConfigurationFailureAnalyzerAccess {

	private InvalidProviderConfigurationFailureAnalyzerAccess() {
	}

	public static FailureAnalysis analyze(Throwable failure) {
		return new InvalidProviderConfigurationFailureAnalyzer().analyze(failure);
	}

}
