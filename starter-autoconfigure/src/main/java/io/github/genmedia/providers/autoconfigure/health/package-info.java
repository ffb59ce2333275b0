/**
 * Actuator health of providers: {@code /actuator/health/providers/<name>}, from real
 * traffic, an optional cached probe, and the state of the provider's credential.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
