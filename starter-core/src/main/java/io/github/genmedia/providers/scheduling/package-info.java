/**
 * The starter's threads: timed work on one Spring {@code TaskScheduler}, blocking work
 * (job polls, Suno token refreshes, credential file reads) in bounded lanes of its own,
 * so that one slow provider or file delays only its own work.
 */
@NullMarked
package io.github.genmedia.providers.scheduling;

import org.jspecify.annotations.NullMarked;
