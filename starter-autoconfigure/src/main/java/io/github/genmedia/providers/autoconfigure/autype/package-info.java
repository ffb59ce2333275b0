/**
 * Autype, built in: Autype documents: the key in X-API-Key; keys start with ak_, bearer tokens are refused.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.autype;

import org.jspecify.annotations.NullMarked;
