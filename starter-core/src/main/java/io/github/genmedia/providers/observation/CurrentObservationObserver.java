package io.github.genmedia.providers.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Base of the observers that signal what happens to a request as events of the current
 * {@link Observation} of the thread that makes it, and tell another observer as well. The
 * current observation is the request's own {@code http.client.requests} observation when
 * the client is observed in the same registry, as Spring Boot's clients are; without
 * one, nothing is signalled.
 *
 * @param <D> the type of the observer told as well
 * @since 0.1.0
 */
public abstract class CurrentObservationObserver<D> {

	private final ObservationRegistry registry;

	private final D delegate;

	/**
	 * Create an observer.
	 * @param registry the registry whose current observation is told
	 * @param delegate the observer told about everything as well
	 */
	protected CurrentObservationObserver(ObservationRegistry registry, D delegate) {
		this.registry = registry;
		this.delegate = delegate;
	}

	/**
	 * Return the observer told about everything as well.
	 * @return the observer
	 */
	protected final D delegate() {
		return this.delegate;
	}

	/**
	 * Signal an event of the current observation, if there is one. The event is created
	 * here, since an event takes its time when created: one per signal.
	 * @param name the event's name
	 * @param contextualName what happened, in words
	 */
	protected final void signal(String name, String contextualName) {
		Observation current = this.registry.getCurrentObservation();
		if (current != null) {
			current.event(Observation.Event.of(name, contextualName));
		}
	}

}
