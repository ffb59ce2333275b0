/**
 * Stand-ins, statistics and reporting shared by the benchmarks.
 */
@NullMarked
package io.github.genmedia.providers.benchmarks.support;

import org.jspecify.annotations.NullMarked;
