/**
 * The configuration of providers: {@code providers.*} bound once, validated into
 * {@link io.github.genmedia.providers.autoconfigure.config.ActiveProviders}, and every
 * mistake reported at startup by property, with its fix.
 * <p>
 * {@link io.github.genmedia.providers.autoconfigure.config.BuiltInProvider} is the one
 * hook through which a built-in provider's package adds what sets it apart.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.config;

import org.jspecify.annotations.NullMarked;
