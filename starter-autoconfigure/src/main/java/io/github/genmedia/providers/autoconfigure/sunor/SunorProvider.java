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
					+ "API key, all endpoints (older docs: 60 per minute for task creation)"))
			.withMetadata("Sunor (Suno API service)", Map.of("rate-limit.enabled",
					"Whether Sunor's requests are rate-limited. On by default: Sunor documents its limit "
							+ "(docs.sunor.cc/rate-limits).",
					"rate-limit.requests",
					"Requests Sunor accepts per period and API key, across all endpoints: 120 per minute "
							+ "(docs.sunor.cc/rate-limits; older docs: 60 per minute for task creation). "
							+ "0 for no rate limit.",
					"rate-limit.period", "Period Sunor counts requests over: a minute (docs.sunor.cc/rate-limits: "
							+ "'The limit resets every 60 seconds').")),
				SunorProperties.class,
				TypedApiJobs.of(SunorJobs.class, SunorApi.class, SunorJobs.DEFAULTS, SunorJobs::new));
	}

	@Override
	public ProviderErrorDecoder errorDecoder() {
		return new SunorErrorDecoder();
	}

}
