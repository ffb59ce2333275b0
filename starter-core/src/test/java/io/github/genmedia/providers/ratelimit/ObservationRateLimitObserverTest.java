package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that waited for its rate-limit permit, or got none, is an event of the
 * observation current on its thread; a permit at hand is not; the metrics observer is
 * told about every permit either way.
 */
class ObservationRateLimitObserverTest {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final List<String> events = new CopyOnWriteArrayList<>();

	private final List<String> told = new CopyOnWriteArrayList<>();

	private final ObservationRateLimitObserver observer = new ObservationRateLimitObserver(this.registry,
			new RateLimitObserver() {

				@Override
				public void permitted(String provider, Duration waited) {
					ObservationRateLimitObserverTest.this.told.add(provider + " waited " + waited.toMillis());
				}

				@Override
				public void refused(String provider) {
					ObservationRateLimitObserverTest.this.told.add(provider + " refused");
				}

			});

	ObservationRateLimitObserverTest() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				ObservationRateLimitObserverTest.this.events
					.add(context.getName() + ": " + event.getName() + " (" + event.getContextualName() + ")");
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
	}

	@Test
	void waitsAndRefusalsAreEventsOfTheCurrentObservation() {
		Observation request = Observation.start("request", this.registry);
		try (Observation.Scope scope = request.openScope()) {
			this.observer.permitted("sunor", Duration.ofNanos(300_000));
			this.observer.permitted("sunor", Duration.ofMillis(250));
			this.observer.refused("sunor");
		}
		request.stop();

		assertThat(this.events).containsExactly(
				"request: genmedia.provider.rate-limit.wait (waited 250 ms for a rate-limit permit)",
				"request: genmedia.provider.rate-limit.refused (no rate-limit permit)");
		assertThat(this.told).containsExactly("sunor waited 0", "sunor waited 250", "sunor refused");
	}

	@Test
	void withoutACurrentObservationOnlyTheMetricsAreTold() {
		this.observer.permitted("sunor", Duration.ofMillis(250));
		this.observer.refused("sunor");

		assertThat(this.events).isEmpty();
		assertThat(this.told).containsExactly("sunor waited 250", "sunor refused");
	}

}
