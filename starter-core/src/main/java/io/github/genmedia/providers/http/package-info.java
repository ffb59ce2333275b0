/**
 * Small helpers for HTTP requests that the other packages share.
 */
@NullMarked
package io.github.genmedia.providers.http;

import org.jspecify.annotations.NullMarked;
