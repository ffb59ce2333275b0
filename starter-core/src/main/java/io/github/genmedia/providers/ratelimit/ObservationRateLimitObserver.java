package io.github.genmedia.providers.ratelimit;

import java.time.Duration;

import io.github.genmedia.providers.observation.CurrentObservationObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Signals rate-limit waits and refusals as events of the current {@link Observation} of
 * the thread that makes the request, and tells another observer as well:
 * {@value #WAIT_EVENT} when a request waited {@value #NOTABLE_WAIT_MILLIS} ms or more for
 * its permit (a permit at hand, even asked of a shared store, is no event), and
 * {@value #REFUSED_EVENT} when it got none within its {@code max-wait}.
 * <p>
 * The current observation is the request's own {@code http.client.requests} observation
 * when the client is observed in the same registry, as Spring Boot's clients are (for a
 * generation job's poll, a child of the job's
 * {@link io.github.genmedia.providers.job.JobObservation}); without one, nothing is
 * signalled.
 *
 * @since 0.1.0
 */
public final class ObservationRateLimitObserver extends CurrentObservationObserver<RateLimitObserver>
		implements RateLimitObserver {

	/** The event of a request that waited for its permit. */
	public static final String WAIT_EVENT = "genmedia.provider.rate-limit.wait";

	/** The event of a request that got no permit within its max-wait. */
	public static final String REFUSED_EVENT = "genmedia.provider.rate-limit.refused";

	/** The shortest wait that is signalled, in milliseconds. */
	public static final long NOTABLE_WAIT_MILLIS = 1;

	/**
	 * Create an observer.
	 * @param registry the registry whose current observation is told
	 * @param delegate told about every permit too, such as a
	 * {@link MicrometerRateLimitObserver}
	 */
	public ObservationRateLimitObserver(ObservationRegistry registry, RateLimitObserver delegate) {
		super(registry, delegate);
	}

	@Override
	public void permitted(String provider, Duration waited) {
		delegate().permitted(provider, waited);
		if (waited.toMillis() >= NOTABLE_WAIT_MILLIS) {
			signal(WAIT_EVENT, "waited " + waited.toMillis() + " ms for a rate-limit permit");
		}
	}

	@Override
	public void refused(String provider) {
		delegate().refused(provider);
		signal(REFUSED_EVENT, "no rate-limit permit");
	}

}
