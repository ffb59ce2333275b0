package io.github.genmedia.providers.suno;

import java.net.URI;

import io.github.genmedia.providers.auth.ProviderOrigin;
import io.github.genmedia.providers.auth.TransportSecurity;
import io.github.genmedia.providers.settings.SettingChecks;
import org.jspecify.annotations.Nullable;

/**
 * Where Suno's Clerk instance is and which versions its requests claim.
 * <p>
 * Clerk's frontend API expects the query parameters {@code __clerk_api_version} and
 * {@code _clerk_js_version} that its browser library sends. The defaults are the versions
 * Suno's own web app sent when this client was written; when Clerk starts refusing them,
 * they can be updated in configuration without a release. {@code null} components take
 * the defaults. Every Clerk call carries the account's {@code __client}, so the base URL
 * must be {@code https}, or plain {@code http} on this machine for a stand-in.
 *
 * @param baseUrl Clerk's frontend API, default {@value #DEFAULT_BASE_URL}
 * @param apiVersion the value of {@code __clerk_api_version}, default
 * {@value #DEFAULT_API_VERSION}
 * @param jsVersion the value of {@code _clerk_js_version}, default
 * {@value #DEFAULT_JS_VERSION}
 * @since 0.1.0
 */
public record ClerkSettings(URI baseUrl, String apiVersion, String jsVersion) {

	public static final String DEFAULT_BASE_URL = "https://auth.suno.com";

	public static final String DEFAULT_API_VERSION = "2025-11-10";

	public static final String DEFAULT_JS_VERSION = "5.117.0";

	public ClerkSettings(@Nullable URI baseUrl, @Nullable String apiVersion, @Nullable String jsVersion) {
		this.baseUrl = (baseUrl != null) ? baseUrl : URI.create(DEFAULT_BASE_URL);
		this.apiVersion = (apiVersion != null && !apiVersion.isBlank()) ? apiVersion.strip() : DEFAULT_API_VERSION;
		this.jsVersion = (jsVersion != null && !jsVersion.isBlank()) ? jsVersion.strip() : DEFAULT_JS_VERSION;
		String problem = TransportSecurity.problemWith(this.baseUrl);
		new SettingChecks()
			.require(problem == null, "baseUrl", "'" + ProviderOrigin.withoutQuery(this.baseUrl) + "' " + problem)
			.throwIfInvalid(ClerkSettings.class);
	}

	/**
	 * Return the settings for Suno's production Clerk instance.
	 * @return the defaults
	 */
	public static ClerkSettings defaults() {
		return new ClerkSettings(null, null, null);
	}

	/**
	 * Return the defaults with another base URL, for tests and proxies.
	 * @param baseUrl Clerk's frontend API
	 * @return the settings
	 */
	public static ClerkSettings of(URI baseUrl) {
		return new ClerkSettings(baseUrl, null, null);
	}

}
