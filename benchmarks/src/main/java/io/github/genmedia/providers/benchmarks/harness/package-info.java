/**
 * Harnesses that measure whole applications (startup, Suno, accounts, hot path over HTTP, quota) in a JVM of their own.
 */
@NullMarked
package io.github.genmedia.providers.benchmarks.harness;

import org.jspecify.annotations.NullMarked;
