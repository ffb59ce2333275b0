/**
 * A web application that uses the starter.
 */
@NullMarked
package io.github.genmedia.providers.sample;

import org.jspecify.annotations.NullMarked;
