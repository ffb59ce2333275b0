package io.github.genmedia.providers.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.activity.ActivitySnapshot;
import io.github.genmedia.providers.activity.ProviderActivity;
import io.github.genmedia.providers.autoconfigure.ProviderSettings;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of one provider, read from its recent real traffic and, where configured, a
 * cached probe.
 * <p>
 * A failed probe means DOWN. A 401 or 403 means the credential no longer works: DOWN, whatever else happens. A run
 * of 5xx answers or requests without a response means the provider is failing: DOWN
 * with the last error. No traffic yet is UNKNOWN rather than UP, because nothing has
 * shown that the credential works. What traffic showed expires after a while (UNKNOWN
 * again), so that an instance a provider outage took out of readiness, and which then
 * gets no traffic, can come back. Details hold the base URL, the last status and when
 * it was seen, never a credential.
 */
class ProviderHealthIndicator extends AbstractHealthIndicator {

	static final Status NO_TRAFFIC = new Status(Status.UNKNOWN.getCode(), "no traffic yet");

	static final Status NO_RECENT_TRAFFIC = new Status(Status.UNKNOWN.getCode(), "no recent traffic");

	private final ProviderSettings settings;

	private final ProviderActivity activity;

	private final ProviderProbe probe;

	private final int failureThreshold;

	private final Duration staleAfter;

	private final Clock clock;

	ProviderHealthIndicator(ProviderSettings settings, ProviderActivity activity, ProviderProbe probe,
			int failureThreshold, Duration staleAfter, Clock clock) {
		super("Health check of provider '" + settings.name() + "' failed");
		this.settings = settings;
		this.activity = activity;
		this.probe = probe;
		this.failureThreshold = failureThreshold;
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("baseUrl", this.settings.baseUrl().toString());
		ProviderProbe.ProbeResult probed = (this.probe != null) ? this.probe.result() : null;
		if (probed != null) {
			builder.withDetail("probe", probeDetails(probed));
		}
		ActivitySnapshot snapshot = this.activity.snapshot();
		if (snapshot.lastStatus() != null) {
			builder.withDetail("lastStatus", snapshot.lastStatus());
		}
		if (snapshot.lastActivity() != null) {
			builder.withDetail("lastChecked", snapshot.lastActivity().toString());
		}
		boolean stale = snapshot.hasTraffic()
				&& snapshot.lastActivity().plus(this.staleAfter).isBefore(this.clock.instant());
		if (probed != null && !probed.success()) {
			builder.down().withDetail("reason", "probe failed: " + probed.error());
		}
		else if (stale) {
			builder.status(NO_RECENT_TRAFFIC);
		}
		else if (snapshot.credentialsRejected()) {
			builder.down().withDetail("reason", "credentials rejected (HTTP " + snapshot.rejectionStatus() + ")");
		}
		else if (snapshot.consecutiveFailures() >= this.failureThreshold) {
			builder.down()
				.withDetail("reason", snapshot.consecutiveFailures() + " failed requests in a row")
				.withDetail("lastError", snapshot.lastError());
		}
		else if (!snapshot.hasTraffic()) {
			builder.status(NO_TRAFFIC);
		}
		else {
			builder.up();
		}
	}

	private static Map<String, Object> probeDetails(ProviderProbe.ProbeResult result) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("success", result.success());
		if (result.status() != null) {
			details.put("status", result.status());
		}
		if (result.error() != null) {
			details.put("error", result.error());
		}
		details.putAll(result.numbers());
		details.put("checkedAt", result.checkedAt().toString());
		return details;
	}

}
