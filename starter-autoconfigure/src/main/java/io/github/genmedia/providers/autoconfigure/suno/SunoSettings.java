package io.github.genmedia.providers.autoconfigure.suno;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

import io.github.genmedia.providers.settings.InvalidSettingsException;
import io.github.genmedia.providers.settings.SettingProblem;
import io.github.genmedia.providers.suno.ClerkSettings;
import io.github.genmedia.providers.suno.SunoCookie;
import io.github.genmedia.providers.suno.SunoTokenSettings;
import org.jspecify.annotations.Nullable;

/**
 * Suno's own settings, resolved once at startup ({@link SunoProvider#settings}) from
 * {@link SunoProperties} onto the core's settings records, which validate them, and the
 * configured cookie, parsed once when it was checked ({@link SunoProvider#readCredential}).
 *
 * @param cookie the configured account's cookie, or {@code null} when none is configured
 * (the provider then has no account of its own to refresh)
 * @param clerk how Clerk is reached
 * @param tokens when tokens are refreshed and accounts dropped
 * @param clerkTimeout the connect and read timeout of Clerk's calls
 * @param tokenWait how long a request waits for a token
 * @param sharedTokens how tokens are sealed in Redis, or {@code null} when each instance
 * keeps its own ({@code providers.suno.token.store=local})
 */
record SunoSettings(@Nullable SunoCookie cookie, ClerkSettings clerk, SunoTokenSettings tokens, Duration clerkTimeout,
		Duration tokenWait, @Nullable SunoTokenCipher sharedTokens) {

	static ClerkSettings clerk(SunoProperties properties) {
		SunoProperties.Clerk clerk = properties.getClerk();
		try {
			return new ClerkSettings(new URI(clerk.getBaseUrl()), clerk.getApiVersion(), clerk.getJsVersion());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new InvalidSettingsException(ClerkSettings.class,
					List.of(new SettingProblem("baseUrl", "is not a valid URL")));
		}
	}

	static SunoTokenSettings tokens(SunoProperties properties) {
		SunoProperties.Token token = properties.getToken();
		SunoProperties.Accounts accounts = properties.getAccounts();
		return new SunoTokenSettings(token.getRefreshBeforeExpiry(), token.getFallbackRefreshInterval(),
				token.getRetryInterval(), accounts.getMaxCached(), accounts.getIdleExpiry());
	}

}
