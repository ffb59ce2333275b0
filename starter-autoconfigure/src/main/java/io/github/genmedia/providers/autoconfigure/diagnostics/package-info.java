/**
 * Startup failures explained: what an application that injects a provider it has not
 * configured is told.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;
