/**
 * Retries of failed provider requests: which failures qualify, the backoff, Retry-After, and metrics; the only code that uses spring-retry.
 */
@NullMarked
package io.github.genmedia.providers.retry;

import org.jspecify.annotations.NullMarked;
