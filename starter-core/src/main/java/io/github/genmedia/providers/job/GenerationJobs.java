package io.github.genmedia.providers.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every provider's jobs, for code that knows a provider by name only: resume a job whose
 * id and provider were saved before a restart.
 *
 * @since 0.1.0
 */
public final class GenerationJobs {

	private final Map<String, ProviderJobs<?>> byProvider = new LinkedHashMap<>();

	/**
	 * Create the registry.
	 * @param providers each provider's jobs
	 */
	public GenerationJobs(List<? extends ProviderJobs<?>> providers) {
		providers.forEach((jobs) -> this.byProvider.put(jobs.provider(), jobs));
	}

	/**
	 * Return the providers whose jobs can be resumed here.
	 * @return their names
	 */
	public Set<String> providers() {
		return Collections.unmodifiableSet(this.byProvider.keySet());
	}

	/**
	 * Resume waiting for a job.
	 * @param provider the provider
	 * @param jobId the job's id at the provider
	 * @return the job
	 * @throws IllegalArgumentException if the provider has no jobs here (not active, or
	 * synchronous like Supertone)
	 */
	public GenerationJob<?> resume(String provider, String jobId) {
		ProviderJobs<?> jobs = this.byProvider.get(provider);
		if (jobs == null) {
			throw new IllegalArgumentException("Provider '" + provider + "' has no generation jobs here; the providers "
					+ "with jobs are " + this.byProvider.keySet());
		}
		return jobs.resume(jobId);
	}

}
