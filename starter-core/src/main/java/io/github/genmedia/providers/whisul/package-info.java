/**
 * Whisul, music from a prompt: its typed API ({@link io.github.genmedia.providers.whisul.WhisulApi}),
 * written from docs.whisul.com.
 */
@NullMarked
package io.github.genmedia.providers.whisul;

import org.jspecify.annotations.NullMarked;
