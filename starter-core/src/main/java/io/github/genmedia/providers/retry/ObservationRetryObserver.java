package io.github.genmedia.providers.retry;

import io.github.genmedia.providers.observation.CurrentObservationObserver;
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
public final class ObservationRetryObserver extends CurrentObservationObserver<RetryObserver>
		implements RetryObserver {

	/** The event before each retry. */
	public static final String RETRY_EVENT = "genmedia.provider.retry";

	/** The event when every attempt failed. */
	public static final String EXHAUSTED_EVENT = "genmedia.provider.retry.exhausted";

	/**
	 * Create an observer.
	 * @param registry the registry whose current observation is told
	 * @param delegate told about every outcome too, such as a {@link MicrometerRetryObserver}
	 */
	public ObservationRetryObserver(ObservationRegistry registry, RetryObserver delegate) {
		super(registry, delegate);
	}

	@Override
	public void record(String provider, RetryOutcome outcome) {
		delegate().record(provider, outcome);
		if (outcome == RetryOutcome.RETRIED) {
			signal(RETRY_EVENT, "retry");
		}
		else if (outcome == RetryOutcome.EXHAUSTED) {
			signal(EXHAUSTED_EVENT, "retries exhausted");
		}
	}

}
