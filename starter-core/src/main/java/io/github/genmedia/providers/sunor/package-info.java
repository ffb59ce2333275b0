/**
 * Sunor, a Suno and Udio API service: its typed API ({@link io.github.genmedia.providers.sunor.SunorApi}),
 * written from docs.sunor.cc, and how it writes its errors.
 */
@NullMarked
package io.github.genmedia.providers.sunor;

import org.jspecify.annotations.NullMarked;
