package io.github.genmedia.providers.architecture.violation.startup.provider;

import io.github.genmedia.providers.architecture.violation.startup.properties.BoundProperties;
import io.github.genmedia.providers.architecture.violation.startup.resolution.ResolutionThatAsksTheRegistrar;

/**
 * A provider preset that reaches forward into the resolution: the startup rule must find
 * it.
 */
public final class PresetThatAsksTheResolution {

	private PresetThatAsksTheResolution() {
	}

	static int preset() {
		return BoundProperties.bound() + ResolutionThatAsksTheRegistrar.resolve();
	}

}
