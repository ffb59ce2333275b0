package io.github.genmedia.providers.job;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * One generation job as one Micrometer {@link Observation}, {@value #NAME}, from
 * submission (or resumption) to its outcome: with tracing, one span whose children are
 * the HTTP requests that submit and poll it.
 * <p>
 * Polls run on other threads than the submission, so the observation is handed to them
 * explicitly and opened around each poll: the client's
 * {@code http.client.requests} observation of the poll takes it as its parent, and the
 * retry and rate-limit events of the poll land on that child.
 * <p>
 * Low-cardinality keys: {@value #PROVIDER} and, at the end, {@value #OUTCOME} (the
 * outcomes of {@link JobObserver#finished}, or {@value #NOT_SUBMITTED} when submitting
 * failed). High-cardinality keys: {@value #JOB_ID} once known, and {@value #POLLS} at the
 * end. A job that failed, timed out, was not found or passed its deadline is an error of
 * the observation; a cancelled one is not.
 *
 * @since 0.1.0
 */
public final class JobObservation {

	/** The observation's name. */
	public static final String NAME = "genmedia.provider.job";

	/** The low-cardinality key of the provider. */
	public static final String PROVIDER = "provider";

	/** The low-cardinality key of the outcome, set at the end. */
	public static final String OUTCOME = "outcome";

	/** The high-cardinality key of the job's id at the provider. */
	public static final String JOB_ID = "job.id";

	/** The high-cardinality key of the number of polls made, set at the end. */
	public static final String POLLS = "job.polls";

	/** The outcome of a job whose submission failed. */
	public static final String NOT_SUBMITTED = "not_submitted";

	private final Observation observation;

	private JobObservation(Observation observation) {
		this.observation = observation;
	}

	/**
	 * Start the observation of a job, as a child of the current observation of the
	 * calling thread, if any.
	 */
	static JobObservation start(ObservationRegistry registry, String provider, @Nullable String jobId) {
		Observation observation = Observation.createNotStarted(NAME, registry)
			.contextualName(provider + " job")
			.lowCardinalityKeyValue(PROVIDER, provider);
		if (jobId != null) {
			observation.highCardinalityKeyValue(JOB_ID, jobId);
		}
		return new JobObservation(observation.start());
	}

	/** Run the submission or a poll with this observation current on the calling thread. */
	<T> T scoped(Supplier<T> call) {
		try (Observation.Scope scope = this.observation.openScope()) {
			return call.get();
		}
	}

	void submitted(String jobId) {
		this.observation.highCardinalityKeyValue(JOB_ID, jobId);
	}

	void notSubmitted(Throwable failure) {
		this.observation.lowCardinalityKeyValue(OUTCOME, NOT_SUBMITTED).error(failure).stop();
	}

	void finished(String outcome, int polls, @Nullable Throwable failure) {
		this.observation.lowCardinalityKeyValue(OUTCOME, outcome)
			.highCardinalityKeyValue(POLLS, Integer.toString(polls));
		if (failure != null && !(failure instanceof CancellationException)) {
			this.observation.error(failure);
		}
		this.observation.stop();
	}

}
