package io.github.genmedia.providers.autoconfigure.sunor;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.config.ProviderPreset;
import io.github.genmedia.providers.definition.ProviderAuth;

/**
 * Sunor, a Suno API service: the key in x-api-key.
 */
public final class SunorProvider extends ApiKeyBuiltInProvider {

	public SunorProvider() {
		super(new ProviderPreset("sunor", "Sunor", "https://sunor.cc/api/v1", "SUNOR_API_KEY",
				ProviderAuth.header("x-api-key", null), "/account/balance", ProviderPreset.apiKeyAdvice()), SunorProperties.class);
	}

}
