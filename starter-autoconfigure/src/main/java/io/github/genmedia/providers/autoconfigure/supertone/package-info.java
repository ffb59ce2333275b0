/**
 * Supertone, built in: Supertone text to speech: the key in x-sup-api-key.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.supertone;

import org.jspecify.annotations.NullMarked;
