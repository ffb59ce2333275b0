/**
 * Retries of failed provider requests: which failures qualify, the backoff, Retry-After, and metrics, on Spring Framework's core retry.
 */
@NullMarked
package io.github.genmedia.providers.retry;

import org.jspecify.annotations.NullMarked;
