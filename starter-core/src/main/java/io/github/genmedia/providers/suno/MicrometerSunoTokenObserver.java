package io.github.genmedia.providers.suno;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

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

	private final AtomicReference<@Nullable SunoAccount> configured = new AtomicReference<>();

	public MicrometerSunoTokenObserver(MeterRegistry registry) {
		this.registry = registry;
		this.success = timer(registry, "success");
		this.failure = timer(registry, "failure");
	}

	@Override
	public void refreshed(SunoAccount account, boolean success, Duration duration) {
		(success ? this.success : this.failure).record(duration);
	}

	/**
	 * Point the expiry gauge at the configured account. The gauge is registered once and
	 * reads whichever account is the configured one now: after a rotated cookie file
	 * replaced the account, it follows the new one, not the stopped old one.
	 */
	@Override
	public void started(SunoAccount account, boolean defaultAccount) {
		if (defaultAccount && this.configured.getAndSet(account) == null) {
			Gauge.builder(EXPIRY_GAUGE, this.configured, MicrometerSunoTokenObserver::secondsUntilExpiry)
				.description("Seconds until the Suno token of the configured account expires")
				.baseUnit("seconds")
				.strongReference(true)
				.register(this.registry);
		}
	}

	private static double secondsUntilExpiry(AtomicReference<@Nullable SunoAccount> configured) {
		SunoAccount account = configured.get();
		OptionalLong seconds = (account != null) ? account.secondsUntilExpiry() : OptionalLong.empty();
		return seconds.isPresent() ? seconds.getAsLong() : Double.NaN;
	}

	private static Timer timer(MeterRegistry registry, String outcome) {
		return Timer.builder(REFRESH_TIMER)
			.description("Suno token refreshes at Clerk, retries included")
			.tag("outcome", outcome)
			.register(registry);
	}

}
