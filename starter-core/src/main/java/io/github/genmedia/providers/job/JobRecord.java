package io.github.genmedia.providers.job;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A job as a {@link JobStore} keeps it from submission to outcome: enough for another
 * instance to take it up again after this one is gone, and to tell the application whose
 * job it was.
 *
 * @param provider the provider, such as {@code sunor}
 * @param jobId the job's id at the provider
 * @param submittedAt when it was submitted (or first resumed, for a job submitted
 * elsewhere)
 * @param deadline when waiting for it ends
 * @param correlationKey what the application gave with {@link JobCorrelation#with}, or
 * {@code null}
 * @since 0.1.0
 */
public record JobRecord(String provider, String jobId, Instant submittedAt, Instant deadline,
		@Nullable String correlationKey) {

}
