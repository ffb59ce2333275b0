/**
 * The stand-ins themselves: one WireMock server, a class per provider (and per area of a
 * larger one, such as Supertone's voices) registering its endpoints, the job clock that
 * walks jobs through their states, and the fault script. Internal to
 * {@link io.github.genmedia.providers.test.ProviderStandIns}.
 */
@NullMarked
package io.github.genmedia.providers.test.standin;

import org.jspecify.annotations.NullMarked;
