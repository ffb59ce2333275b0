package io.github.genmedia.providers.autoconfigure.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.activity.ActivitySnapshot;
import io.github.genmedia.providers.activity.ProviderActivity;
import io.github.genmedia.providers.autoconfigure.CredentialHealth;
import io.github.genmedia.providers.autoconfigure.ProviderCredentialStatus;
import io.github.genmedia.providers.autoconfigure.ProviderRuntime;
import io.github.genmedia.providers.autoconfigure.ProviderSummary;
import io.github.genmedia.providers.autoconfigure.provider.ProviderHealthSettings;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.keys.KeyRing;
import io.github.genmedia.providers.keys.KeyRingState;
import io.github.genmedia.providers.ratelimit.RateLimitPause;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.ratelimit.RateLimitState;
import io.github.genmedia.providers.ratelimit.RateLimiter;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of one provider, from its credential's state where the provider reports one,
 * its recent real traffic, and, where configured, a cached probe.
 * <p>
 * A credential that cannot be had is DOWN with what to do about it, whatever else
 * happens; so are a failed probe, a 401 or 403 from the provider, and a run of 5xx
 * answers or requests without a response. A pause the provider demanded (learned here,
 * or by another instance that shares the bucket and its pauses) that lasts longer than a
 * call may wait ({@code rate-limit.max-wait}) refuses every call while it
 * lasts: OUT_OF_SERVICE, with until when and why. No traffic yet is UNKNOWN rather than
 * UP, unless the credential is known to be usable. What traffic showed expires after a
 * while (UNKNOWN again), so that an instance a provider outage took out of readiness,
 * and which then gets no traffic, can come back. Details hold the base URL, the last
 * status and when it was seen, and the rate limit's budget where the provider has one
 * ({@code rateLimit}: the limit in force, which a shared bucket may keep otherwise than
 * this instance configured, what the provider last said remains, the wait for the next
 * permit, a pause it demanded, requests in flight), never a credential or a bucket key.
 */
class ProviderHealthIndicator extends AbstractHealthIndicator {

	static final Status NO_TRAFFIC = new Status(Status.UNKNOWN.getCode(), "no traffic yet");

	static final Status NO_RECENT_TRAFFIC = new Status(Status.UNKNOWN.getCode(), "no recent traffic");

	private final ProviderSummary summary;

	private final ProviderActivity activity;

	private final ProviderHealthSettings settings;

	private final Sources sources;

	private final Clock clock;

	private final @Nullable RateLimiter rateLimiter;

	private final @Nullable KeyRing keys;

	ProviderHealthIndicator(ProviderRuntime runtime, ProviderSummary summary, Sources sources, Clock clock) {
		super("Health check of provider '" + summary.name() + "' failed");
		this.summary = summary;
		this.activity = runtime.activity();
		this.settings = runtime.provider().health();
		this.sources = sources;
		this.clock = clock;
		this.rateLimiter = runtime.rateLimiter();
		this.keys = runtime.keyRing();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("baseUrl", this.summary.baseUrl().toString());
		// The probe first: a probe that needed a credential (a Suno token) and failed to get
		// one has just brought the credential's own failure about, whose reason tells more.
		ProviderProbe probe = this.sources.probe();
		ProviderProbe.ProbeResult probed = (probe != null) ? probe.result() : null;
		ProviderCredentialStatus credentialStatus = this.sources.credentialStatus();
		CredentialHealth credential = (credentialStatus != null) ? credentialStatus.health() : null;
		if (credential != null) {
			builder.withDetails(credential.details());
		}
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
		JobPoller jobs = this.sources.jobs();
		if (jobs != null) {
			builder.withDetail("jobsInFlight", jobs.inFlight(this.summary.name()));
			builder.withDetail("jobStore", jobs.storeName());
		}
		RateLimitState rateLimit = (this.rateLimiter != null) ? this.rateLimiter.state() : null;
		if (rateLimit != null) {
			builder.withDetail("rateLimit", rateLimitDetails(rateLimit));
		}
		KeyRingState keys = (this.keys != null) ? this.keys.state() : null;
		if (keys != null && (this.sources.showsKeys() || keys.keys() > 1 || keys.supplyProblem() != null
				|| !keys.outOfRotation().isEmpty())) {
			builder.withDetail("keys", keyDetails(keys));
		}
		if (keys != null && keys.allRejected()) {
			builder.down().withDetail("reason", "the provider rejected every key (401)");
			return;
		}
		status(builder, credential, probed, snapshot, rateLimit);
	}

	private static Map<String, Object> keyDetails(KeyRingState state) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("count", state.keys());
		if (!state.outOfRotation().isEmpty()) {
			details.put("outOfRotation", state.outOfRotation());
		}
		if (state.supplyProblem() != null) {
			details.put("problem", state.supplyProblem() + "; the last good key is in use");
		}
		return details;
	}

	private void status(Health.Builder builder, @Nullable CredentialHealth credential,
			ProviderProbe.@Nullable ProbeResult probed, ActivitySnapshot snapshot, @Nullable RateLimitState rateLimit) {
		CredentialHealth.State state = (credential != null) ? credential.state() : null;
		boolean stale = isStale(snapshot);
		if (credential != null && state == CredentialHealth.State.DOWN) {
			builder.down().withDetail("reason", String.valueOf(credential.reason()));
		}
		else if (probed != null && !probed.success()) {
			builder.down().withDetail("reason", "probe failed: " + probed.error());
		}
		else if (!stale && snapshot.credentialsRejected()) {
			builder.down().withDetail("reason", "credentials rejected (HTTP " + snapshot.rejectionStatus() + ")");
		}
		else if (!stale && snapshot.consecutiveFailures() >= this.settings.failureThreshold()) {
			builder.down()
				.withDetail("reason", snapshot.consecutiveFailures() + " failed requests in a row")
				.withDetail("lastError", String.valueOf(snapshot.lastError()));
		}
		else if (rateLimit != null && rateLimit.pausedBeyondMaxWait() && rateLimit.pause() != null) {
			builder.outOfService().withDetail("reason", pauseReason(rateLimit.pause(), rateLimit.settings()));
		}
		else if (stale) {
			builder.status((state == CredentialHealth.State.USABLE) ? Status.UP : NO_RECENT_TRAFFIC);
		}
		else if (state == CredentialHealth.State.USABLE || (state == null && snapshot.hasTraffic())) {
			builder.up();
		}
		else if (credential != null && state == CredentialHealth.State.PENDING) {
			builder.status(new Status(Status.UNKNOWN.getCode(), String.valueOf(credential.reason())));
		}
		else {
			builder.status(NO_TRAFFIC);
		}
	}

	/**
	 * Until when calls are refused and why, in the words of the properties that decide it.
	 */
	static String pauseReason(RateLimitPause pause, RateLimitSettings settings) {
		String demand = switch (pause.cause()) {
			case TOO_MANY_REQUESTS -> (pause.demanded() != null)
					? "the provider answered 429 with a Retry-After of " + pause.demanded()
					: "the provider answered 429 without a Retry-After";
			case WINDOW_SPENT -> "the provider said its window is spent (X-RateLimit-Remaining: 0"
					+ ((pause.demanded() != null) ? ", resetting in " + pause.demanded() : "") + ")";
		};
		String cut = pause.cut() ? ", cut to rate-limit.max-pause (" + settings.maxPause() + ")" : "";
		return "calls are refused until " + pause.until() + ", a pause longer than rate-limit.max-wait ("
				+ settings.maxWait() + "): " + demand + cut;
	}

	private boolean isStale(ActivitySnapshot snapshot) {
		return snapshot.lastActivity() != null
				&& snapshot.lastActivity().plus(this.settings.staleAfter()).isBefore(this.clock.instant());
	}

	private static Map<String, Object> rateLimitDetails(RateLimitState state) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("store", !state.shared() ? "local"
				: state.onFallback() ? "local fallback (the shared store cannot be reached)" : "shared");
		// The limit in force: a shared bucket keeps the one of the instance that created it.
		RateLimitSettings inForce = (state.inForce() != null) ? state.inForce() : state.settings();
		if (inForce.limitsRate()) {
			details.put("requests", inForce.requests());
			details.put("period", inForce.period().toString());
		}
		if (state.pauseSharing() == RateLimitState.PauseSharing.SHARED) {
			details.put("sharedPauses", "shared");
		}
		else if (state.pauseSharing() == RateLimitState.PauseSharing.UNAVAILABLE) {
			details.put("sharedPauses", "unavailable (the shared store cannot be reached): a pause the provider "
					+ "demands holds at once only on the instance that learned it");
		}
		if (state.limitDiffers()) {
			details.put("configured", Map.of("requests", state.settings().requests(), "period",
					state.settings().period().toString()));
			details.put("limitMismatch", "the shared bucket keeps the limit of the instance that created it, not "
					+ "this instance's; configure the same rate-limit on every instance sharing the store (a "
					+ "changed limit applies once the bucket has expired)");
		}
		if (state.providerRemaining() != null) {
			details.put("remaining", state.providerRemaining());
			details.put("remainingAt", String.valueOf(state.providerRemainingAt()));
		}
		if (state.nextPermitIn() != null) {
			details.put("nextPermitInSeconds", seconds(state.nextPermitIn()));
		}
		if (state.pausedFor() != null) {
			details.put("pausedForSeconds", seconds(state.pausedFor()));
		}
		if (state.pause() != null) {
			details.put("pausedUntil", state.pause().until().toString());
		}
		if (state.settings().limitsConcurrency()) {
			details.put("maxConcurrent", state.settings().maxConcurrent());
			details.put("inFlight", state.inFlight());
		}
		return details;
	}

	/** Seconds to the millisecond. */
	private static double seconds(java.time.Duration duration) {
		return Math.round(duration.toNanos() / 1_000_000.0) / 1000.0;
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

	/**
	 * What, besides the provider's runtime, a provider's health is judged from.
	 *
	 * @param probe the cached probe, or {@code null} when the provider has no probe path
	 * @param credentialStatus the state of a credential the provider package reports, or
	 * {@code null}
	 * @param jobs the poller of a provider with generation jobs, or {@code null}
	 * @param showsKeys whether {@code keys} is shown even when nothing is wrong with them:
	 * for keys from a file, a list or a credential source
	 */
	record Sources(@Nullable ProviderProbe probe, @Nullable ProviderCredentialStatus credentialStatus,
			@Nullable JobPoller jobs, boolean showsKeys) {

	}

}
