package io.github.genmedia.providers.autoconfigure.whisul;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.config.ProviderPreset;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.whisul.WhisulApi;

/**
 * Whisul music: the key as a bearer token, and {@link WhisulApi}.
 */
public final class WhisulProvider extends ApiKeyBuiltInProvider {

	public WhisulProvider() {
		super(new ProviderPreset("whisul", "Whisul", "https://whisul.com/api", "WHISUL_API_KEY",
				ProviderAuth.bearer(null), null, ProviderPreset.apiKeyAdvice()), WhisulProperties.class);
	}

	@Override
	public List<Class<?>> httpServices() {
		return List.of(WhisulApi.class);
	}

}
