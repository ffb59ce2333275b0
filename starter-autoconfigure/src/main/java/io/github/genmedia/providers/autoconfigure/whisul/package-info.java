/**
 * Whisul, built in: Whisul music: the key as a bearer token.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.whisul;

import org.jspecify.annotations.NullMarked;
