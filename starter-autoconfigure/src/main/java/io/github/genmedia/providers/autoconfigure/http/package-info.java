/**
 * What the starter does to the application's HTTP library for its own clients: switch
 * off the library's own retries, so that the provider pipeline's policy is the only one,
 * and close what it built when the context closes.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.http;

import org.jspecify.annotations.NullMarked;
