package io.github.genmedia.providers.autoconfigure.whisul;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.config.ProviderPreset;
import io.github.genmedia.providers.definition.ProviderAuth;

/**
 * Whisul music: the key as a bearer token.
 */
public final class WhisulProvider extends ApiKeyBuiltInProvider {

	public WhisulProvider() {
		super(new ProviderPreset("whisul", "Whisul", "https://whisul.com/api", "WHISUL_API_KEY",
				ProviderAuth.bearer(null), null, ProviderPreset.apiKeyAdvice()), WhisulProperties.class);
	}

}
