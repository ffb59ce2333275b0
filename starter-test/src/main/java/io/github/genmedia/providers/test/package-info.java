/**
 * Stand-ins for the providers, for an application's own tests:
 * {@link io.github.genmedia.providers.test.AutoConfigureProviderStandIns} on a Spring test,
 * or {@link io.github.genmedia.providers.test.ProviderStandInsInitializer} on an
 * {@code ApplicationContextRunner}, and
 * {@link io.github.genmedia.providers.test.ProviderStandIns} to script faults and look at
 * the traffic.
 */
@NullMarked
package io.github.genmedia.providers.test;

import org.jspecify.annotations.NullMarked;
