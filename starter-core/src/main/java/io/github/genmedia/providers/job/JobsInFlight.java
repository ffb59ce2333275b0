package io.github.genmedia.providers.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs the {@link JobPoller} follows, by provider and job id. The same job may be
 * followed more than once (resumed twice, or resumed while this process still watches
 * it): each caller has a future of its own, and each is counted, polled on a webhook and
 * cancelled on close.
 */
final class JobsInFlight {

	private final Map<String, List<WatchedJob<?>>> byJob = new ConcurrentHashMap<>();

	void add(WatchedJob<?> job) {
		this.byJob.compute(key(job), (key, watched) -> {
			List<WatchedJob<?>> more = (watched != null) ? new ArrayList<>(watched) : new ArrayList<>(1);
			more.add(job);
			return List.copyOf(more);
		});
	}

	void remove(WatchedJob<?> job) {
		this.byJob.computeIfPresent(key(job), (key, watched) -> {
			List<WatchedJob<?>> rest = new ArrayList<>(watched);
			rest.remove(job);
			return rest.isEmpty() ? null : List.copyOf(rest);
		});
	}

	/**
	 * Return the watches of one job.
	 * @param provider the provider
	 * @param jobId the job's id
	 * @return the watches, empty when the job is not followed here
	 */
	List<WatchedJob<?>> of(String provider, String jobId) {
		return this.byJob.getOrDefault(key(provider, jobId), List.of());
	}

	int count(String provider) {
		return (int) all().stream().filter((job) -> job.job().provider().equals(provider)).count();
	}

	List<WatchedJob<?>> all() {
		return this.byJob.values().stream().flatMap(List::stream).toList();
	}

	private static String key(WatchedJob<?> job) {
		return key(job.job().provider(), job.job().jobId());
	}

	private static String key(String provider, String jobId) {
		return provider + "\u0000" + jobId;
	}

}
