package io.github.genmedia.providers.autoconfigure.supertone;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.config.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.config.ProviderPreset;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.supertone.SupertoneApi;

/**
 * Supertone text to speech: the key in x-sup-api-key, and {@link SupertoneApi}. Its
 * errors need no decoder of their own: the default one reads them.
 */
public final class SupertoneProvider extends ApiKeyBuiltInProvider {

	public SupertoneProvider() {
		super(new ProviderPreset("supertone", "Supertone", "https://supertoneapi.com", "SUPERTONE_API_KEY",
				ProviderAuth.header("x-sup-api-key", null), "/v1/credits", ProviderPreset.apiKeyAdvice()), SupertoneProperties.class);
	}

	@Override
	public List<Class<?>> httpServices() {
		return List.of(SupertoneApi.class);
	}

}
