package io.github.genmedia.providers.autoconfigure.autype;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.config.DocumentedRateLimit;
import io.github.genmedia.providers.autoconfigure.config.ProviderPreset;
import io.github.genmedia.providers.autype.AutypeApi;
import io.github.genmedia.providers.definition.ProviderAuth;

/**
 * Autype documents: the key in X-API-Key; keys start with ak_, bearer tokens are refused.
 * {@link AutypeApi}; its NestJS-shaped errors need no decoder of their own.
 */
public final class AutypeProvider extends ApiKeyBuiltInProvider {

	public AutypeProvider() {
		super(new ProviderPreset("autype", "Autype", "https://api.autype.com/api/v1/dev", "AUTYPE_API_KEY",
				ProviderAuth.header("X-API-Key", "ak_"), "/api-key/info", ProviderPreset.apiKeyAdvice())
			.withRateLimit(DocumentedRateLimit.perMinute(100, "docs.autype.com/api-reference/rate-limits: 100 requests "
					+ "per minute per API key; 5 concurrent render jobs per organisation on the Free plan (Pro and Team 50)")
				.withMaxConcurrent(5)), AutypeProperties.class);
	}

	@Override
	public List<Class<?>> httpServices() {
		return List.of(AutypeApi.class);
	}

}
