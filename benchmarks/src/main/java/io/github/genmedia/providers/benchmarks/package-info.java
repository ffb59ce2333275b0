/**
 * The benchmark suite: every figure next to a baseline measured in the same run.
 */
@NullMarked
package io.github.genmedia.providers.benchmarks;

import org.jspecify.annotations.NullMarked;
