/**
 * Startup as one pass: {@code providers.*} bound and validated into
 * {@link io.github.genmedia.providers.autoconfigure.provider.ActiveProviders} once per
 * environment ({@link io.github.genmedia.providers.autoconfigure.resolution.ProviderResolution}),
 * and every mistake reported at startup by property, with its fix.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.resolution;

import org.jspecify.annotations.NullMarked;
