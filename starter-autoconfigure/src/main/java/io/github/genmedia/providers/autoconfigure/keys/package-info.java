/**
 * Each provider's keys as the application runs: a file watched for rotation, several keys
 * taken in turn, an application's credential source, checked like configured keys.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.keys;

import org.jspecify.annotations.NullMarked;
