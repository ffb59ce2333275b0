/**
 * What each provider's recent real traffic says about it, recorded on the request path and read by health.
 */
@NullMarked
package io.github.genmedia.providers.activity;

import org.jspecify.annotations.NullMarked;
