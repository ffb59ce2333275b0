/**
 * Credentials that change while the application runs: keys read from a file that is
 * rotated, several keys per provider taken in turn, keys fetched from a secret store of
 * the application's, and a tenant's key for one request.
 */
@NullMarked
package io.github.genmedia.providers.keys;

import org.jspecify.annotations.NullMarked;
