package io.github.genmedia.providers.architecture.violation.startup;

import io.github.genmedia.providers.architecture.violation.startup.resolution.ResolutionThatAsksTheRegistrar;

/**
 * The registration step: it may use every earlier one.
 */
public class Registrar {

	public static int registered() {
		return 1;
	}

	int register() {
		return ResolutionThatAsksTheRegistrar.resolve();
	}

}
