package io.github.genmedia.providers.suno;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records token refreshes in Micrometer.
 * <ul>
 * <li>{@value #REFRESH_TIMER}: a timer of refreshes, tagged {@code outcome} =
 * {@code success} or {@code failure}, for all accounts together;</li>
 * <li>{@value #EXPIRY_GAUGE}: the seconds until the configured account's token expires;
 * it falls towards zero when refreshes keep failing, which is the moment to alert.</li>
 * </ul>
 * Accounts of per-request cookies get no gauge of their own: their number is up to the
 * callers, and a tag per account would grow without bound. The only class that touches
 * Micrometer; load it only when Micrometer is on the classpath.
 *
 * @since 0.1.0
 */
public final class MicrometerSunoTokenObserver implements SunoTokenObserver {

	public static final String REFRESH_TIMER = "genmedia.suno.token.refresh";

	public static final String EXPIRY_GAUGE = "genmedia.suno.token.expiry";

	private final MeterRegistry registry;

	private final Timer success;

	private final Timer failure;

	public MicrometerSunoTokenObserver(MeterRegistry registry) {
		this.registry = registry;
		this.success = timer(registry, "success");
		this.failure = timer(registry, "failure");
	}

	@Override
	public void refreshed(SunoAccount account, boolean success, Duration duration) {
		(success ? this.success : this.failure).record(duration);
	}

	@Override
	public void started(SunoAccount account, boolean defaultAccount) {
		if (defaultAccount) {
			Gauge.builder(EXPIRY_GAUGE, account, MicrometerSunoTokenObserver::secondsUntilExpiry)
				.description("Seconds until the Suno token of the configured account expires")
				.baseUnit("seconds")
				.strongReference(true)
				.register(this.registry);
		}
	}

	private static double secondsUntilExpiry(SunoAccount account) {
		return account.secondsUntilExpiry().isPresent() ? account.secondsUntilExpiry().getAsLong() : Double.NaN;
	}

	private static Timer timer(MeterRegistry registry, String outcome) {
		return Timer.builder(REFRESH_TIMER)
			.description("Suno token refreshes at Clerk, retries included")
			.tag("outcome", outcome)
			.register(registry);
	}

}
