/**
 * The {@code providers.*} properties as bound: one class per group of settings, and the
 * per-provider {@link io.github.genmedia.providers.autoconfigure.properties.ProviderProperties}
 * that built-in providers extend. Read by the resolution and the provider packages only;
 * nothing after startup sees them.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.properties;

import org.jspecify.annotations.NullMarked;
