package io.github.genmedia.providers.job;

import io.github.genmedia.providers.error.ProviderApiException;
import org.jspecify.annotations.Nullable;

/**
 * How to follow one provider's jobs: one status call, read as a {@link JobStatus}. A
 * provider package implements it over its typed API.
 *
 * @param <R> the result of a successful job
 * @since 0.1.0
 */
public interface JobTracker<R> {

	/**
	 * Return the provider.
	 * @return its name, such as {@code sunor}
	 */
	String provider();

	/**
	 * Ask the provider about a job, once.
	 * @param jobId the job's id
	 * @return what the provider said
	 * @throws RuntimeException if the call failed; the poller tries again later, unless
	 * {@link #notFound} says the provider does not know the job
	 */
	JobStatus<R> poll(String jobId);

	/**
	 * Tell whether a failed poll says the provider does not know the job. By default, an
	 * HTTP 404 with the provider's own JSON error message does (Sunor's
	 * {@code {"code":404,"message":"Task not found"}}, Whisul's, Autype's and Suno's
	 * alike); a 404 without one (a proxy's page or an empty body, such as for a wrong base
	 * URL) is a failed poll, tried again like any other.
	 * @param failure what {@link #poll} threw
	 * @return the provider's words, or {@code null} when the failure is something else
	 */
	default @Nullable String notFound(RuntimeException failure) {
		return (failure instanceof ProviderApiException answer && answer.getStatusCode().value() == 404)
				? answer.getProviderMessage() : null;
	}

}
