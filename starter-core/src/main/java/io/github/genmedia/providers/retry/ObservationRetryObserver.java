package io.github.genmedia.providers.retry;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Signals retries as events of the current {@link Observation} of the thread that makes
 * the request, and tells another observer as well: {@value #RETRY_EVENT} before each
 * retry, {@value #EXHAUSTED_EVENT} when no attempt is left.
 * <p>
 * The current observation is the request's own {@code http.client.requests} observation
 * when the client is observed in the same registry, as Spring Boot's clients are (for a
 * generation job's poll, a child of the job's
 * {@link io.github.genmedia.providers.job.JobObservation}); without one, nothing is
 * signalled. Micrometer's observation API is all this class needs; with Spring Boot's
 * meter handler each event also counts as {@code <observation name>.<event name>}.
 *
 * @since 0.1.0
 */
public final class ObservationRetryObserver implements RetryObserver {

	/** The event before each retry. */
	public static final String RETRY_EVENT = "genmedia.provider.retry";

	/** The event when every attempt failed. */
	public static final String EXHAUSTED_EVENT = "genmedia.provider.retry.exhausted";

	private final ObservationRegistry registry;

	private final RetryObserver delegate;

	/**
	 * Create an observer.
	 * @param registry the registry whose current observation is told
	 * @param delegate told about every outcome too, such as a {@link MicrometerRetryObserver}
	 */
	public ObservationRetryObserver(ObservationRegistry registry, RetryObserver delegate) {
		this.registry = registry;
		this.delegate = delegate;
	}

	@Override
	public void record(String provider, RetryOutcome outcome) {
		this.delegate.record(provider, outcome);
		Observation current = this.registry.getCurrentObservation();
		if (current == null) {
			return;
		}
		// An event takes its time when created: one per signal.
		if (outcome == RetryOutcome.RETRIED) {
			current.event(Observation.Event.of(RETRY_EVENT, "retry"));
		}
		else if (outcome == RetryOutcome.EXHAUSTED) {
			current.event(Observation.Event.of(EXHAUSTED_EVENT, "retries exhausted"));
		}
	}

}
