/**
 * The provider SPI and the resolved model:
 * {@link io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider} (one per
 * built-in provider package, listed in {@code META-INF/spring.factories}) and its preset,
 * jobs and problems, and what startup resolves a provider to,
 * {@link io.github.genmedia.providers.autoconfigure.provider.ActiveProvider}, with every
 * setting typed and checked.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.provider;

import org.jspecify.annotations.NullMarked;
