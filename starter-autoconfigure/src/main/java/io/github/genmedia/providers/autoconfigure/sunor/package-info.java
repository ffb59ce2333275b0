/**
 * Sunor, built in: Sunor, a Suno API service: the key in x-api-key.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.sunor;

import org.jspecify.annotations.NullMarked;
