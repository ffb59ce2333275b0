/**
 * Suno: authentication from a browser cookie (Clerk sign-in, JWTs refreshed on a
 * schedule, one account per cookie) and the typed studio API
 * ({@link io.github.genmedia.providers.suno.SunoApi}), written from what the widely used
 * reference proxy calls.
 */
@NullMarked
package io.github.genmedia.providers.suno;

import org.jspecify.annotations.NullMarked;
