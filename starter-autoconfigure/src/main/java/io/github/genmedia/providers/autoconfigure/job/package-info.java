/**
 * Generation jobs in the application: the shared poller, each active provider's jobs bean
 * ({@code SunorJobs}, ...), resume by provider name, and job metrics.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.job;

import org.jspecify.annotations.NullMarked;
