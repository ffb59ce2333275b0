package io.github.genmedia.providers.architecture.violation.startup.resolution;

import io.github.genmedia.providers.architecture.violation.startup.Registrar;

/**
 * A resolution that reaches forward into registration: the startup rule must find it.
 */
public final class ResolutionThatAsksTheRegistrar {

	private ResolutionThatAsksTheRegistrar() {
	}

	public static int resolve() {
		return Registrar.registered();
	}

}
