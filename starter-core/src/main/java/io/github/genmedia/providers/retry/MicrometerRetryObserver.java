package io.github.genmedia.providers.retry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts retry outcomes in Micrometer as {@value #METRIC_NAME}, tagged {@code provider}
 * and {@code outcome} (see {@link RetryOutcome#tagValue()}).
 * <p>
 * Micrometer is an optional dependency: only this class refers to it, so create it only
 * when Micrometer is on the classpath (for example under
 * {@code @ConditionalOnClass(MeterRegistry.class)}) and use {@link RetryObserver#NONE}
 * otherwise.
 *
 * @since 0.1.0
 */
public final class MicrometerRetryObserver implements RetryObserver {

	/** The counter's name. */
	public static final String METRIC_NAME = "genmedia.provider.retries";

	private final Meter.MeterProvider<Counter> counters;

	/**
	 * Create an observer that registers its counters in the given registry.
	 * @param registry the registry
	 */
	public MicrometerRetryObserver(MeterRegistry registry) {
		this.counters = Counter.builder(METRIC_NAME)
			.description("Retries of requests to generative-media providers, and how retried requests ended")
			.withRegistry(registry);
	}

	@Override
	public void record(String provider, RetryOutcome outcome) {
		this.counters.withTags("provider", provider, "outcome", outcome.tagValue()).increment();
	}

}
