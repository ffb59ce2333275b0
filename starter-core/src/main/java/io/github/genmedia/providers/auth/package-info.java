/**
 * Credentials and where they may go: secrets that cannot leak by accident, the origin a credential is bound to, and interceptors that write it only there and follow redirects safely.
 */
@NullMarked
package io.github.genmedia.providers.auth;

import org.jspecify.annotations.NullMarked;
