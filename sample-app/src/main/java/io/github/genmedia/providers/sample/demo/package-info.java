/**
 * The demo profile: offline stand-ins for every provider.
 */
@NullMarked
package io.github.genmedia.providers.sample.demo;

import org.jspecify.annotations.NullMarked;
