/**
 * The starter's one set of threads: a private scheduler for all timed work and bounded
 * lanes for blocking work, on virtual threads when Spring Boot's are enabled.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.threads;

import org.jspecify.annotations.NullMarked;
