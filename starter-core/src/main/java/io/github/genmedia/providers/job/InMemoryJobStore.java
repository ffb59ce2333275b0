package io.github.genmedia.providers.job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records of one poller's jobs, in its memory: each outcome is reported once, and
 * nothing outlives the process.
 */
final class InMemoryJobStore implements JobStore {

	private final Map<String, JobRecord> records = new ConcurrentHashMap<>();

	@Override
	public void record(JobRecord job) {
		this.records.putIfAbsent(key(job.provider(), job.jobId()), job);
	}

	@Override
	public Optional<JobRecord> forget(String provider, String jobId) {
		return Optional.ofNullable(this.records.remove(key(provider, jobId)));
	}

	@Override
	public String name() {
		return "local";
	}

	private static String key(String provider, String jobId) {
		return provider + "\u0000" + jobId;
	}

	@Override
	public String toString() {
		return "InMemoryJobStore[" + this.records.size() + " jobs]";
	}

}
