package io.github.genmedia.providers.autoconfigure.supertone;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.config.ProviderPreset;
import io.github.genmedia.providers.definition.ProviderAuth;

/**
 * Supertone text to speech: the key in x-sup-api-key.
 */
public final class SupertoneProvider extends ApiKeyBuiltInProvider {

	public SupertoneProvider() {
		super(new ProviderPreset("supertone", "Supertone", "https://supertoneapi.com", "SUPERTONE_API_KEY",
				ProviderAuth.header("x-sup-api-key", null), null, ProviderPreset.apiKeyAdvice()), SupertoneProperties.class);
	}

}
