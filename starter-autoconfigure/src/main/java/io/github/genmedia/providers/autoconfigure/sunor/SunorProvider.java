package io.github.genmedia.providers.autoconfigure.sunor;

import java.util.Map;

import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.provider.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.provider.TypedApiJobs;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorErrorDecoder;
import io.github.genmedia.providers.sunor.SunorJobs;

/**
 * Sunor, a Suno API service: the key in x-api-key, {@link SunorApi}, and the numbers of
 * its insufficient-credits answers.
 *
 * @since 0.1.0
 */
public final class SunorProvider extends ApiKeyBuiltInProvider {

	public SunorProvider() {
		super(new ProviderPreset("sunor", "Sunor", "https://sunor.cc/api/v1", "SUNOR_API_KEY",
				ProviderAuth.header("x-api-key", null), "/account/balance", ProviderPreset.apiKeyAdvice())
			.withRateLimit(DocumentedRateLimit.perMinute(120, "docs.sunor.cc/rate-limits: 120 requests per minute per "
					+ "API key, all endpoints, 'The limit resets every 60 seconds'; older docs: 60 per minute for task "
					+ "creation"))
			.withMetadata("Sunor (Suno API service)", Map.of("jobs.first-poll",
					"How long after submission the first poll waits, until enough jobs finished to learn better: "
							+ "30s, as Sunor's 'Tasks take 30 seconds to 5 minutes to complete' "
							+ "(docs.sunor.cc/guides/complete-workflow).",
					"jobs.interval",
					"Time between polls while a task runs: a completion is detected at most this late. 4500ms: "
							+ "Sunor asks to 'Poll every 5-10 seconds' (docs.sunor.cc/guides/complete-workflow); "
							+ "half a second less detects completion sooner than a 5-second poller, while the first "
							+ "poll saves far more.",
					"jobs.deadline",
					"How long to wait for a task before giving up on it; it goes on at Sunor and can be resumed. "
							+ "10m, twice the 5 minutes Sunor's longest tasks take "
							+ "(docs.sunor.cc/guides/complete-workflow).")),
				SunorProperties.class,
				TypedApiJobs.of(SunorJobs.class, SunorApi.class, SunorJobs.DEFAULTS, SunorJobs::new));
	}

	@Override
	public ProviderErrorDecoder errorDecoder() {
		return new SunorErrorDecoder();
	}

}
