/**
 * Ahead-of-time processing and native images: the runtime hints for the typed provider
 * APIs, which are JDK proxies of {@code @HttpExchange} interfaces whose records and enums
 * Jackson binds by reflection.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.aot;

import org.jspecify.annotations.NullMarked;
