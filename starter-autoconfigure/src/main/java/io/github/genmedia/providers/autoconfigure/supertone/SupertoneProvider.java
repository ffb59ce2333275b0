package io.github.genmedia.providers.autoconfigure.supertone;

import java.util.Map;

import io.github.genmedia.providers.autoconfigure.properties.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.provider.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.supertone.SupertoneApi;

/**
 * Supertone text to speech: the key in x-sup-api-key, and {@link SupertoneApi}. Its
 * errors need no decoder of their own: the default one reads them.
 *
 * @since 0.1.0
 */
public final class SupertoneProvider extends ApiKeyBuiltInProvider {

	public SupertoneProvider() {
		super(new ProviderPreset("supertone", "Supertone", "https://supertoneapi.com", "SUPERTONE_API_KEY",
				ProviderAuth.header("x-sup-api-key", null), "/v1/credits", ProviderPreset.apiKeyAdvice())
			.withRateLimit(DocumentedRateLimit.perMinute(20, "docs.supertoneapi.com/en/docs/production/rate-limits: 20 "
					+ "speech requests per minute on the Free and Starter plans (Creator 30, Pro 60; voice cloning 10)"))
			.withMetadata("Supertone text to speech", Map.of("rate-limit.requests",
					"Requests Supertone accepts per period and key: 20 per minute, the speech limit of the Free and "
							+ "Starter plans (docs.supertoneapi.com/en/docs/production/rate-limits); 0 for no rate "
							+ "limit. Set 30 on Creator, 60 on Pro; voice cloning is limited to 10 per minute on "
							+ "every plan.")),
				SupertoneProperties.class, SupertoneApi.class);
	}

}
