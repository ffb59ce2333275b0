package io.github.genmedia.providers.autoconfigure.properties;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Health of a provider, shown under /actuator/health/providers/{name}.
 *
 * @since 0.1.0
 */
public class HealthProperties {

	/**
	 * Path, relative to base-url, of a cheap authenticated GET used as an active probe.
	 * Unset: the built-in provider's probe, shown as its default; a provider with none
	 * shown, and any of your own, has no probe: its health follows its real traffic only.
	 */
	private @Nullable String probePath;

	/**
	 * How long a probe result is reused, so that a health poller cannot spend the
	 * provider's quota or rate limit.
	 */
	private Duration cacheTtl = Duration.ofSeconds(30);

	/**
	 * Longest a probe may take before the provider is reported DOWN.
	 */
	private Duration timeout = Duration.ofSeconds(5);

	/**
	 * Failed calls in a row (5xx or no response, after retries) that turn the provider
	 * DOWN.
	 */
	private int failureThreshold = 3;

	/**
	 * Age after which what real traffic showed is no longer reported: the provider is
	 * UNKNOWN until new traffic arrives. Lets an instance that a provider outage took out
	 * of readiness come back, since it gets no traffic while out.
	 */
	private Duration staleAfter = Duration.ofMinutes(5);

	public @Nullable String getProbePath() {
		return this.probePath;
	}

	public void setProbePath(@Nullable String probePath) {
		this.probePath = probePath;
	}

	public Duration getCacheTtl() {
		return this.cacheTtl;
	}

	public void setCacheTtl(Duration cacheTtl) {
		this.cacheTtl = cacheTtl;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public int getFailureThreshold() {
		return this.failureThreshold;
	}

	public void setFailureThreshold(int failureThreshold) {
		this.failureThreshold = failureThreshold;
	}

	public Duration getStaleAfter() {
		return this.staleAfter;
	}

	public void setStaleAfter(Duration staleAfter) {
		this.staleAfter = staleAfter;
	}

}
