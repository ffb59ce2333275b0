package io.github.genmedia.providers.activity;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ProviderActivity} of every provider, by name, shared between the clients
 * that record it and the health indicators that read it.
 *
 * @since 0.1.0
 */
public final class ProviderActivities {

	private final Map<String, ProviderActivity> byProvider = new ConcurrentHashMap<>();

	private final Clock clock;

	public ProviderActivities() {
		this(Clock.systemUTC());
	}

	public ProviderActivities(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Return the activity of a provider, created on first use.
	 * @param provider the provider name
	 * @return its activity
	 */
	public ProviderActivity of(String provider) {
		return this.byProvider.computeIfAbsent(provider, (name) -> new ProviderActivity(this.clock));
	}

}
