package io.github.genmedia.providers.autoconfigure.build;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.properties.ApiKeyProviderProperties;
import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.definition.AuthType;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.keys.SourcedKeys;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;

/**
 * What a built-in provider's preset, job defaults and properties type say for the
 * configuration metadata: the defaults the starter applies to its properties, as the
 * metadata writes them, and its entry in the {@code providers.keys} hint.
 */
final class BuiltInProviderEntries {

	private BuiltInProviderEntries() {
	}

	/**
	 * Return the defaults of a provider's properties that are its own, by name relative to
	 * {@code providers.<name>}.
	 * @param provider the provider
	 * @return the defaults: strings, integers and booleans as the metadata holds them
	 */
	static Map<String, Object> defaults(BuiltInProvider provider) {
		ProviderPreset preset = provider.preset();
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("base-url", preset.baseUrl());
		ProviderAuth auth = preset.auth();
		if (auth.requiresCredential()) {
			defaults.put("auth.type", auth.type().name().toLowerCase());
			if (auth.type() == AuthType.HEADER && auth.headerName() != null) {
				defaults.put("auth.header-name", auth.headerName());
			}
			if (auth.keyPrefix() != null) {
				defaults.put("auth.key-prefix", auth.keyPrefix());
			}
		}
		if (preset.probePath() != null) {
			defaults.put("health.probe-path", preset.probePath());
		}
		if (ApiKeyProviderProperties.class.isAssignableFrom(provider.propertiesType())) {
			defaults.put("credential-source-timeout", duration(SourcedKeys.DEFAULT_TIMEOUT, ChronoUnit.SECONDS));
		}
		if (provider.jobs() != null) {
			PollingSettings jobs = provider.jobs().defaults();
			defaults.put("jobs.first-poll", duration(jobs.firstPoll(), ChronoUnit.SECONDS));
			defaults.put("jobs.interval", duration(jobs.interval(), ChronoUnit.SECONDS));
			defaults.put("jobs.max-interval", duration(jobs.maxInterval(), ChronoUnit.SECONDS));
			defaults.put("jobs.deadline", duration(jobs.deadline(), ChronoUnit.MINUTES));
			defaults.put("jobs.learn", jobs.learn());
		}
		DocumentedRateLimit limit = preset.rateLimit();
		if (limit != null) {
			defaults.put("rate-limit.enabled", true);
			if (limit.requests() > 0) {
				defaults.put("rate-limit.requests", limit.requests());
			}
			defaults.put("rate-limit.period", duration(limit.period(), ChronoUnit.MINUTES));
			if (limit.maxConcurrent() > 0) {
				defaults.put("rate-limit.max-concurrent", limit.maxConcurrent());
			}
		}
		defaults.put("rate-limit.max-pause", duration(RateLimitSettings.DEFAULT_MAX_PAUSE, ChronoUnit.MINUTES));
		return defaults;
	}

	/**
	 * Return a provider's entry in the {@code providers.keys} hint: its summary and how its
	 * credential is sent.
	 * @param preset the provider's preset
	 * @return for example {@code Autype documents: X-API-Key, keys start with ak_.}
	 */
	static String keyDescription(ProviderPreset preset) {
		ProviderAuth auth = preset.auth();
		String prefix = (auth.keyPrefix() != null) ? ", keys start with " + auth.keyPrefix() : "";
		return switch (auth.type()) {
			case HEADER -> preset.summary() + ": " + auth.headerName() + prefix + ".";
			case BEARER -> preset.summary() + ": Authorization: Bearer" + prefix + ".";
			case NONE -> preset.summary() + ".";
		};
	}

	/**
	 * Write a duration as a property value, in the largest of {@code largest}, seconds and
	 * milliseconds it is a whole number of: poll timings read in seconds ({@code 60s}),
	 * deadlines and periods in minutes.
	 * @param duration the duration
	 * @param largest the largest unit to use
	 * @return for example {@code 4500ms}
	 */
	static String duration(Duration duration, ChronoUnit largest) {
		for (ChronoUnit unit : List.of(ChronoUnit.MINUTES, ChronoUnit.SECONDS)) {
			if (unit.compareTo(largest) <= 0 && duration.toMillis() % unit.getDuration().toMillis() == 0) {
				return (duration.toMillis() / unit.getDuration().toMillis()) + ((unit == ChronoUnit.MINUTES) ? "m" : "s");
			}
		}
		return duration.toMillis() + "ms";
	}

}
