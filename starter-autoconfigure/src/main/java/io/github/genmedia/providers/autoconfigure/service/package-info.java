/**
 * Providers as Spring's HTTP service groups: each active provider is a group of its
 * name, whose client is configured as the provider's {@code RestClient} is, and the
 * built-in providers' typed APIs are registered in their groups.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.service;

import org.jspecify.annotations.NullMarked;
