package io.github.genmedia.providers.autoconfigure.suno;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import io.github.genmedia.providers.auth.TransportSecurity;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.provider.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.provider.ProviderJobsSupport;
import io.github.genmedia.providers.autoconfigure.provider.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.provider.ProviderProblems;
import io.github.genmedia.providers.autoconfigure.provider.TypedApiJobs;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.settings.SettingChecks;
import io.github.genmedia.providers.suno.ClerkSettings;
import io.github.genmedia.providers.suno.InvalidSunoCookieException;
import io.github.genmedia.providers.suno.SunoApi;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoErrorDecoder;
import io.github.genmedia.providers.suno.SunoJobs;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import io.github.genmedia.providers.suno.SunoTokenSettings;
import org.jspecify.annotations.Nullable;


/**
 * Suno, built in: a browser cookie instead of an API key, exchanged for short-lived JWTs
 * by {@link SunoTokenProvider}, whose beans, and the authentication of Suno's clients,
 * {@link SunoAutoConfiguration} defines.
 *
 * @since 0.1.0
 */
public final class SunoProvider implements BuiltInProvider {

	static final String NAME = "suno";

	static final ProviderPreset PRESET = new ProviderPreset(NAME, "Suno", "https://studio-api.prod.suno.com",
			"SUNO_COOKIE", ProviderAuth.none(), null, InvalidSunoCookieException.HOW_TO_COPY)
		.withMetadata("Suno, authenticated by a browser cookie", Map.of("rate-limit.enabled",
				"Whether Suno's requests are rate-limited. Unset: providers.defaults, then on when you set a limit "
						+ "(requests or max-concurrent), off otherwise: Suno's studio API documents none.",
				"rate-limit.requests",
				"Requests Suno accepts per period. Unset: none, Suno's studio API documents no limit. "
						+ "Suno's accounts share one budget.",
				"jobs.first-poll",
				"How long after submission the first poll waits, until enough generations finished to learn "
						+ "better: 15s, as clips usually stream within half a minute (Suno documents no time; the "
						+ "widely used reference proxy waits 5 s, then polls every 3-6 s).",
				"jobs.interval",
				"Time between polls while a generation runs: a completion is detected at most this late. 4500ms, "
						+ "within the 3-6 s the widely used reference proxy polls at."));

	/** Where each core setting is configured, relative to {@code providers.suno}. */
	private static final Map<String, String> PROPERTIES = Map.of("baseUrl", "clerk.base-url", "clerkTimeout",
			"clerk.timeout", "tokenWait", "token.wait", "refreshBeforeExpiry", "token.refresh-before-expiry",
			"fallbackRefreshInterval", "token.fallback-refresh-interval", "retryInterval", "token.retry-interval",
			"maxCached", "accounts.max-cached", "idleExpiry", "accounts.idle-expiry");

	@Override
	public ProviderPreset preset() {
		return PRESET;
	}

	@Override
	public Class<SunoProperties> propertiesType() {
		return SunoProperties.class;
	}

	@Override
	public SunoCookie readCredential(Credential credential) {
		return cookie(credential);
	}

	/**
	 * Parse a cookie, as configured or as a cookie file holds it.
	 * @param credential the cookie, trimmed and header-safe
	 * @return the parsed cookie
	 * @throws InvalidCredentialException if it has no {@code __client} value; the problem
	 * holds no part of it
	 */
	static SunoCookie cookie(Credential credential) {
		try {
			return SunoCookie.parse(credential.reveal());
		}
		catch (InvalidSunoCookieException ex) {
			throw new InvalidCredentialException(ex.getProblem());
		}
	}

	@Override
	public @Nullable Object settings(ProviderProperties properties, @Nullable Object credential,
			ProviderProblems problems) {
		SunoProperties suno = (SunoProperties) properties;
		ClerkSettings clerk = check(problems, () -> SunoSettings.clerk(suno));
		SunoTokenSettings tokens = check(problems, () -> SunoSettings.tokens(suno));
		Boolean positive = check(problems, () -> {
			new SettingChecks().positive("clerkTimeout", suno.getClerk().getTimeout())
				.positive("tokenWait", suno.getToken().getWait())
				.throwIfInvalid(SunoProperties.class);
			return true;
		});
		String baseUrl = properties.getBaseUrl();
		String problem = (baseUrl != null) ? TransportSecurity.problemWith(URI.create(baseUrl.strip())) : null;
		if (problem != null) {
			problems.add("base-url", problem + " (the JWT of a signed-in account)",
					"Use Suno's https URL, https://studio-api.prod.suno.com by default.");
		}
		// The resolver drops these settings when any problem was reported, the cipher's included.
		SunoTokenCipher cipher = SharedTokenSettings.cipher(suno.getToken(), problems);
		return (clerk != null && tokens != null && positive != null)
				? new SunoSettings((SunoCookie) credential, clerk, tokens, suno.getClerk().getTimeout(),
						suno.getToken().getWait(), cipher)
				: null;
	}

	@Override
	public boolean authenticatesItself() {
		return true;
	}

	@Override
	public ProviderErrorDecoder errorDecoder() {
		return new SunoErrorDecoder();
	}

	@Override
	public List<Class<?>> httpServices() {
		return List.of(SunoApi.class);
	}

	private static <T> @Nullable T check(ProviderProblems problems, Supplier<T> settings) {
		return problems.settings((setting) -> PROPERTIES.getOrDefault(setting, ProviderProblems.kebab(setting)),
				settings);
	}

	@Override
	public ProviderJobsSupport<SunoJobs> jobs() {
		return TypedApiJobs.of(SunoJobs.class, SunoApi.class, SunoJobs.DEFAULTS, SunoJobs::new);
	}
}
