package io.github.genmedia.providers.autoconfigure.autype;

import java.time.Clock;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.provider.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.provider.ProviderProblems;
import io.github.genmedia.providers.autoconfigure.provider.TypedApiJobs;
import io.github.genmedia.providers.autype.AutypeApi;
import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.autype.AutypeWebhooks;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.job.JobPoller;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Autype documents: the key in X-API-Key; keys start with ak_, bearer tokens are refused.
 * {@link AutypeApi} and {@link AutypeJobs} (with webhooks when the application has a
 * public URL); its NestJS-shaped errors need no decoder of their own.
 *
 * @since 0.1.0
 */
public final class AutypeProvider extends ApiKeyBuiltInProvider {

	/** The name of the webhook secret in the job store. */
	static final String WEBHOOK_SECRET = "autype-webhook";

	public AutypeProvider() {
		super(new ProviderPreset("autype", "Autype", "https://api.autype.com/api/v1/dev", "AUTYPE_API_KEY",
				ProviderAuth.header("X-API-Key", "ak_"), "/api-key/info", ProviderPreset.apiKeyAdvice())
			.withRateLimit(DocumentedRateLimit.perMinute(100, "docs.autype.com/api-reference/rate-limits: 100 requests "
					+ "per minute per API key, 'within a 60-second window'; 5 concurrent render jobs per organisation "
					+ "on the Free plan (Pro and Team 50)")
				.withMaxConcurrent(5))
			.withMetadata("Autype documents", Map.of("rate-limit.max-concurrent",
					"Most requests in flight at once on this instance: 5, the Free plan's concurrent render jobs "
							+ "per organisation (docs.autype.com/api-reference/rate-limits; Pro and Team 50). "
							+ "Autype counts running jobs, which a client cannot see; this keeps a burst of calls "
							+ "within it on one instance. 0 for no limit.",
					"jobs.first-poll",
					"How long after submission the first poll waits, until enough renders finished to learn "
							+ "better: 2s, as Autype documents no render time and renders take seconds.")),
				AutypeProperties.class,
				new TypedApiJobs<>(AutypeJobs.class, AutypeApi.class, AutypeJobs.DEFAULTS,
						(api, poller, settings, provider) -> new AutypeJobs(api, poller, settings,
								webhooks(provider, poller), Clock.systemUTC())));
	}

	@Override
	public Object settings(ProviderProperties properties, @Nullable Object credential, ProviderProblems problems) {
		String url = ((AutypeProperties) properties).getJobs().getWebhookUrl();
		return new AutypeSettings(StringUtils.hasText(url) ? url.strip() : null);
	}

	/**
	 * Webhooks with the secret the fleet shares through the job store, so that a delivery
	 * to any instance is accepted, or with one of this instance's own.
	 */
	private static @Nullable AutypeWebhooks webhooks(ActiveProvider provider, JobPoller poller) {
		String url = provider.own(AutypeSettings.class).webhookUrl();
		if (url == null) {
			return null;
		}
		return AutypeWebhooks.to(url, poller.sharedSecret(WEBHOOK_SECRET, AutypeWebhooks.newSecret()));
	}

}
