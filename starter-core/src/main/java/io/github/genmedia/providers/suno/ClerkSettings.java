package io.github.genmedia.providers.suno;

import java.net.URI;

/**
 * Where Suno's Clerk instance is and which versions its requests claim.
 * <p>
 * Clerk's frontend API expects the query parameters {@code __clerk_api_version} and
 * {@code _clerk_js_version} that its browser library sends. The defaults are the versions
 * Suno's own web app sent when this client was written; when Clerk starts refusing them,
 * they can be updated in configuration without a release. {@code null} components take
 * the defaults.
 *
 * @param baseUrl Clerk's frontend API, default {@value #DEFAULT_BASE_URL}
 * @param apiVersion the value of {@code __clerk_api_version}, default
 * {@value #DEFAULT_API_VERSION}
 * @param jsVersion the value of {@code _clerk_js_version}, default
 * {@value #DEFAULT_JS_VERSION}
 */
public record ClerkSettings(URI baseUrl, String apiVersion, String jsVersion) {

	public static final String DEFAULT_BASE_URL = "https://auth.suno.com";

	public static final String DEFAULT_API_VERSION = "2025-11-10";

	public static final String DEFAULT_JS_VERSION = "5.117.0";

	public ClerkSettings {
		baseUrl = (baseUrl != null) ? baseUrl : URI.create(DEFAULT_BASE_URL);
		apiVersion = (apiVersion != null && !apiVersion.isBlank()) ? apiVersion.strip() : DEFAULT_API_VERSION;
		jsVersion = (jsVersion != null && !jsVersion.isBlank()) ? jsVersion.strip() : DEFAULT_JS_VERSION;
		if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
			throw new IllegalArgumentException("Clerk's base URL must be an absolute http(s) URL, but is " + baseUrl);
		}
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
