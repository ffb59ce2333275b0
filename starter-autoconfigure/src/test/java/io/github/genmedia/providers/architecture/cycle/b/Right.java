package io.github.genmedia.providers.architecture.cycle.b;

import io.github.genmedia.providers.architecture.cycle.a.Left;

/**
 * The other half of the deliberate package cycle.
 */
public class Right {

	Left left;

}
