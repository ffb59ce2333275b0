package io.github.genmedia.providers.job;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Job metrics: how long jobs take to an outcome, and how many polls they cost, by
 * provider and outcome.
 *
 * @since 0.1.0
 */
public final class MicrometerJobObserver implements JobObserver {

	/** The timer of job durations. */
	public static final String DURATION_METRIC = "genmedia.provider.job.duration";

	/** The counter of polls. */
	public static final String POLLS_METRIC = "genmedia.provider.job.polls";

	private final Meter.MeterProvider<Timer> durations;

	private final Meter.MeterProvider<Counter> polls;

	/**
	 * Create an observer that registers its meters in the given registry.
	 * @param registry the registry
	 */
	public MicrometerJobObserver(MeterRegistry registry) {
		this.durations = Timer.builder(DURATION_METRIC)
			.description("Time from submitting a generation job (or resuming it) to knowing its outcome")
			.withRegistry(registry);
		this.polls = Counter.builder(POLLS_METRIC)
			.description("Status polls of generation jobs, by what they found")
			.withRegistry(registry);
	}

	@Override
	public void polled(String provider, String outcome) {
		this.polls.withTags("provider", provider, "outcome", outcome).increment();
	}

	@Override
	public void finished(String provider, String outcome, Duration duration) {
		this.durations.withTags("provider", provider, "outcome", outcome).record(duration);
	}

}
