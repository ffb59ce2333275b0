package io.github.genmedia.providers.autoconfigure.whisul;

import java.util.Map;

import io.github.genmedia.providers.autoconfigure.provider.ApiKeyBuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.provider.TypedApiJobs;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.whisul.WhisulApi;
import io.github.genmedia.providers.whisul.WhisulJobs;

/**
 * Whisul music: the key as a bearer token, and {@link WhisulApi}.
 *
 * @since 0.1.0
 */
public final class WhisulProvider extends ApiKeyBuiltInProvider {

	public WhisulProvider() {
		super(new ProviderPreset("whisul", "Whisul", "https://whisul.com/api", "WHISUL_API_KEY",
				ProviderAuth.bearer(null), null, ProviderPreset.apiKeyAdvice())
			.withMetadata("Whisul music", Map.of("rate-limit.requests",
					"Requests Whisul accepts per period and key. Unset: none, Whisul documents 429 but no number "
							+ "(docs.whisul.com); set one to limit Whisul's rate.")),
				WhisulProperties.class,
				TypedApiJobs.of(WhisulJobs.class, WhisulApi.class, WhisulJobs.DEFAULTS, WhisulJobs::new));
	}

}
