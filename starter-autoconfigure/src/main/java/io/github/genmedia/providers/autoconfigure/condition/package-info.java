/**
 * Conditions on the resolved providers, such as
 * {@link io.github.genmedia.providers.autoconfigure.condition.ConditionalOnProvider}.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.condition;

import org.jspecify.annotations.NullMarked;
