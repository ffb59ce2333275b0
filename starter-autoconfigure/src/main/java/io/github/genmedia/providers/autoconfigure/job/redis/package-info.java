/**
 * Generation jobs recorded in Redis ({@code providers.jobs.store=redis}), shared by the
 * instances of a fleet: each instance's lease, the takeover of the jobs of an instance
 * that is gone, and webhooks relayed to the instance that follows the job.
 */
@NullMarked
package io.github.genmedia.providers.autoconfigure.job.redis;

import org.jspecify.annotations.NullMarked;
