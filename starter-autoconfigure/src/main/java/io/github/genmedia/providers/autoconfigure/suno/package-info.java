/**
 * Suno, built in: its cookie authentication, token refresh beans and health.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.suno;

import org.jspecify.annotations.NullMarked;
