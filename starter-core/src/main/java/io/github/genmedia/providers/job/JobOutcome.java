package io.github.genmedia.providers.job;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a job, as a {@link GenerationJobListener} is told it: a job's future does
 * not survive a restart, its outcome does.
 *
 * @param provider the provider, such as {@code sunor}
 * @param jobId the job's id at the provider
 * @param correlationKey what the application gave with {@link JobCorrelation#with} when
 * it submitted the job, or {@code null}
 * @param result the result (a {@code SunorTask}, an {@code AutypeRenderJob}, ...), or
 * {@code null} when the job failed
 * @param failure why the job has no result (a {@link JobException}, or the
 * {@link Error} a poll ended with), or {@code null} when it succeeded
 * @since 0.1.0
 */
public record JobOutcome(String provider, String jobId, @Nullable String correlationKey, @Nullable Object result,
		@Nullable Throwable failure) {

	/**
	 * Whether the job succeeded.
	 * @return {@code true} when there is a result
	 */
	public boolean succeeded() {
		return this.failure == null;
	}

}
