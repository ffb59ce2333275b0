/**
 * JMH benchmarks of the hot path and the interceptor chain.
 */
@NullMarked
package io.github.genmedia.providers.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
