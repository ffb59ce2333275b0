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
			.withMetadata("Whisul music", Map.of("rate-limit.enabled",
					"Whether Whisul's requests are rate-limited. Unset: providers.defaults, then on when you set a "
							+ "limit (requests or max-concurrent), off otherwise: Whisul documents 429 but no number "
							+ "(docs.whisul.com).",
					"rate-limit.requests",
					"Requests Whisul accepts per period and key. Unset: none, Whisul documents 429 but no number "
							+ "(docs.whisul.com); set one to limit Whisul's rate.",
					"jobs.first-poll",
					"How long after submission the first poll waits, until enough jobs finished to learn better: "
							+ "60s, as 'Most tracks complete within a few minutes' "
							+ "(docs.whisul.com/guides/polling-jobs; their example job took 2 min 24 s).",
					"jobs.interval",
					"Time between polls while a job runs: a completion is detected at most this late. 4500ms: "
							+ "Whisul asks to 'Poll every 5–10 seconds' (docs.whisul.com/guides/polling-jobs); half a "
							+ "second less detects completion sooner than a 5-second poller, while the first poll "
							+ "saves far more.")),
				WhisulProperties.class,
				TypedApiJobs.of(WhisulJobs.class, WhisulApi.class, WhisulJobs.DEFAULTS, WhisulJobs::new));
	}

}
