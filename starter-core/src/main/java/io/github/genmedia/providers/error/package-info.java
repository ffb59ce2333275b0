/**
 * Provider answers turned into typed exceptions that carry the provider's own message, with secrets redacted.
 */
@NullMarked
package io.github.genmedia.providers.error;

import org.jspecify.annotations.NullMarked;
