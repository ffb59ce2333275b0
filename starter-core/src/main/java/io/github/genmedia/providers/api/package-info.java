/**
 * What the built-in providers' typed APIs share: downloads written without holding them,
 * and enums that tolerate values a provider adds later.
 */
@NullMarked
package io.github.genmedia.providers.api;

import org.jspecify.annotations.NullMarked;
