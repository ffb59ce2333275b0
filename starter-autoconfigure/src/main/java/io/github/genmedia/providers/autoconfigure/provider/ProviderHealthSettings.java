package io.github.genmedia.providers.autoconfigure.provider;

import java.time.Duration;

import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingChecks;
import org.jspecify.annotations.Nullable;

/**
 * How a provider's health is judged, validated.
 *
 * @param probePath the path of the active probe, or {@code null} for none
 * @param cacheTtl how long a probe result is reused; zero probes on every health call
 * @param timeout the longest a probe may take
 * @param failureThreshold failed calls in a row that turn the provider DOWN
 * @param staleAfter the age after which traffic no longer counts
 * @since 0.1.0
 */
public record ProviderHealthSettings(@Nullable String probePath, Duration cacheTtl, Duration timeout,
		int failureThreshold, Duration staleAfter) {

	/** A health check must react to an outage within minutes, not after a thousand calls. */
	static final int MAX_FAILURE_THRESHOLD = 1000;

	/**
	 * Create settings.
	 * @throws InvalidSettingsException if a value cannot work
	 */
	public ProviderHealthSettings {
		new SettingChecks().notNegative("cacheTtl", cacheTtl)
			.positive("timeout", timeout)
			.between("failureThreshold", failureThreshold, 1, MAX_FAILURE_THRESHOLD,
					"an outage must show before a thousand calls failed")
			.positive("staleAfter", staleAfter)
			.throwIfInvalid(ProviderHealthSettings.class);
	}

}
