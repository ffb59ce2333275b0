package io.github.genmedia.providers.architecture.cycle.a;

import io.github.genmedia.providers.architecture.cycle.b.Right;

/**
 * Half of a deliberate package cycle, to show that the rule finds one.
 */
public class Left {

	Right right;

}
