/**
 * Supertone, a text-to-speech API: its typed API
 * ({@link io.github.genmedia.providers.supertone.SupertoneApi}), written from
 * docs.supertoneapi.com and the OpenAPI file (0.9.6) of Supertone's own TypeScript SDK.
 * Supertone's error bodies need no decoder of their own: the default one finds the
 * messages in {@code {"status": "error", "message": {"message": [...]}}} and joins them.
 * Supertone has announced that its API shuts down for good on 2026-08-31.
 */
@NullMarked
package io.github.genmedia.providers.supertone;

import org.jspecify.annotations.NullMarked;
