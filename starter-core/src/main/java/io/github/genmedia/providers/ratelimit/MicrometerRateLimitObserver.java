package io.github.genmedia.providers.ratelimit;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records rate-limit permits in Micrometer: the wait for each permit as the timer
 * {@value #WAIT_METRIC}, and each refusal as the counter {@value #REFUSED_METRIC}, both
 * tagged {@code provider}.
 * <p>
 * Micrometer is an optional dependency: only this class refers to it, so create it only
 * when Micrometer is on the classpath and use {@link RateLimitObserver#NONE} otherwise.
 *
 * @since 0.1.0
 */
public final class MicrometerRateLimitObserver implements RateLimitObserver {

	/** The timer of waits for a permit. */
	public static final String WAIT_METRIC = "genmedia.provider.rate-limit.wait";

	/** The counter of requests that got no permit within their max-wait. */
	public static final String REFUSED_METRIC = "genmedia.provider.rate-limit.refused";

	private final Meter.MeterProvider<Timer> waits;

	private final Meter.MeterProvider<Counter> refusals;

	/**
	 * Create an observer that registers its meters in the given registry.
	 * @param registry the registry
	 */
	public MicrometerRateLimitObserver(MeterRegistry registry) {
		this.waits = Timer.builder(WAIT_METRIC)
			.description("Time requests to generative-media providers waited for a rate-limit permit")
			.withRegistry(registry);
		this.refusals = Counter.builder(REFUSED_METRIC)
			.description("Requests to generative-media providers that got no rate-limit permit within their max-wait")
			.withRegistry(registry);
	}

	@Override
	public void permitted(String provider, Duration waited) {
		this.waits.withTag("provider", provider).record(waited);
	}

	@Override
	public void refused(String provider) {
		this.refusals.withTag("provider", provider).increment();
	}

}
