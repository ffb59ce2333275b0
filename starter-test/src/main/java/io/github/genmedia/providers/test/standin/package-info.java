/**
 * The stand-ins themselves: one WireMock server, a class per provider (and per area of a
 * larger one, such as Supertone's voices) registering its endpoints, the job clock that
 * walks jobs through their states, and the fault script. Each provider's stand-in
 * declares its {@link io.github.genmedia.providers.test.standin.StandInProvider}, and
 * {@link io.github.genmedia.providers.test.standin.StandInProviders} lists them: the one
 * place, with the stand-in's own class, that a new built-in provider is added. Internal
 * to {@link io.github.genmedia.providers.test.ProviderStandIns}.
 */
@NullMarked
package io.github.genmedia.providers.test.standin;

import org.jspecify.annotations.NullMarked;
