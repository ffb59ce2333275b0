/**
 * A provider's resolved settings: base URL, how it authenticates, timeouts, default headers, retries and rate limit.
 */
@NullMarked
package io.github.genmedia.providers.definition;

import org.jspecify.annotations.NullMarked;
