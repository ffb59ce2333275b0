package io.github.genmedia.providers.architecture.violation.startup.properties;

/**
 * Bound properties, which every later step may read.
 */
public final class BoundProperties {

	private BoundProperties() {
	}

	public static int bound() {
		return 1;
	}

}
