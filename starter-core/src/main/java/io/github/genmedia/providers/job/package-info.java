/**
 * Generation jobs: a provider job (a Sunor task, a Whisul job, an Autype render, Suno
 * clips) followed to its outcome by one shared poller that polls little and detects
 * completion fast, without a thread per job.
 */
@NullMarked
package io.github.genmedia.providers.job;

import org.jspecify.annotations.NullMarked;
