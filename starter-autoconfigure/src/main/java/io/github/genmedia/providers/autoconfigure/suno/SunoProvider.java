package io.github.genmedia.providers.autoconfigure.suno;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.TransportSecurity;
import io.github.genmedia.providers.autoconfigure.config.ActiveProvider;
import io.github.genmedia.providers.autoconfigure.config.BuiltInProvider;
import io.github.genmedia.providers.autoconfigure.config.ProviderJobsSupport;
import io.github.genmedia.providers.autoconfigure.config.ProviderPreset;
import io.github.genmedia.providers.autoconfigure.config.ProviderProblems;
import io.github.genmedia.providers.autoconfigure.config.ProviderProperties;
import io.github.genmedia.providers.autoconfigure.config.TypedApiJobs;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingChecks;
import io.github.genmedia.providers.suno.InvalidSunoCookieException;
import io.github.genmedia.providers.suno.SunoApi;
import io.github.genmedia.providers.suno.SunoAuthInterceptor;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoErrorDecoder;
import io.github.genmedia.providers.suno.SunoJobs;
import io.github.genmedia.providers.suno.SunoTokenProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * Suno, built in: a browser cookie instead of an API key, exchanged for short-lived JWTs
 * by {@link SunoTokenProvider}, whose beans {@link SunoAutoConfiguration} defines.
 */
public final class SunoProvider implements BuiltInProvider {

	static final String NAME = "suno";

	static final ProviderPreset PRESET = new ProviderPreset(NAME, "Suno", "https://studio-api.prod.suno.com",
			"SUNO_COOKIE", ProviderAuth.none(), null, InvalidSunoCookieException.HOW_TO_COPY);

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
	public @Nullable String credentialProblem(Credential credential) {
		try {
			SunoCookie.parse(credential.reveal());
			return null;
		}
		catch (InvalidSunoCookieException ex) {
			return ex.getProblem();
		}
	}

	@Override
	public void validate(ProviderProperties properties, ProviderProblems problems) {
		SunoProperties suno = (SunoProperties) properties;
		check(problems, () -> SunoSettings.clerk(suno));
		check(problems, () -> SunoSettings.tokens(suno));
		check(problems, () -> new SettingChecks().positive("clerkTimeout", suno.getClerk().getTimeout())
			.positive("tokenWait", suno.getToken().getWait())
			.throwIfInvalid(SunoProperties.class));
		String baseUrl = properties.getBaseUrl();
		String problem = (baseUrl != null) ? TransportSecurity.problemWith(URI.create(baseUrl.strip())) : null;
		if (problem != null) {
			problems.add("base-url", problem + " (the JWT of a signed-in account)",
					"Use Suno's https URL, https://studio-api.prod.suno.com by default.");
		}
	}

	@Override
	public boolean authenticatesItself() {
		return true;
	}

	@Override
	public ClientHttpRequestInterceptor authentication(ActiveProvider provider, BeanFactory beanFactory) {
		return new AdvisingSunoAuthInterceptor(new SunoAuthInterceptor(beanFactory.getBean(SunoTokenProvider.class),
				provider.definition().origin(), provider.properties(SunoProperties.class).getToken().getWait()),
				SunoCookieAdvice.of(provider));
	}

	@Override
	public ProviderErrorDecoder errorDecoder() {
		return new SunoErrorDecoder();
	}

	@Override
	public List<Class<?>> httpServices() {
		return List.of(SunoApi.class);
	}

	private static void check(ProviderProblems problems, Runnable check) {
		try {
			check.run();
		}
		catch (InvalidSettingsException ex) {
			problems.add(ex, (setting) -> PROPERTIES.getOrDefault(setting, ProviderProblems.kebab(setting)));
		}
	}

	@Override
	public ProviderJobsSupport<SunoJobs> jobs() {
		return new TypedApiJobs<>(SunoJobs.class, SunoApi.class, SunoJobs.DEFAULTS,
				(api, poller, settings, provider) -> new SunoJobs(api, poller, settings));
	}
}
