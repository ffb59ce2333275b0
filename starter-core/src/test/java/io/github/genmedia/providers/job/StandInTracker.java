package io.github.genmedia.providers.job;

import java.util.function.Function;

/**
 * A tracker for poller tests: a provider name and what each poll answers (or does).
 *
 * @param <R> the result
 */
record StandInTracker<R>(String provider, Function<String, JobStatus<R>> answer) implements JobTracker<R> {

	@Override
	public JobStatus<R> poll(String jobId) {
		return this.answer.apply(jobId);
	}

}
