package io.github.genmedia.providers.autoconfigure.properties;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.http.client.HttpRedirects;

/**
 * Settings every provider has, under {@code providers.<name>}, whatever its credential.
 * <p>
 * Every field is optional for a built-in provider: an unset one takes the provider's
 * documented default. Bound once, by {@code ProvidersBinder}, into the subclass that
 * adds the provider's credential ({@link ApiKeyProviderProperties} for API keys).
 *
 * @since 0.1.0
 */
public abstract class ProviderProperties extends TimeoutAndRetryProperties {

	/**
	 * Base URL of the provider's API. Unset: the built-in provider's public endpoint; a
	 * provider of your own must set it.
	 */
	private @Nullable String baseUrl;

	/**
	 * Whether to create the provider's client. Unset: created when a credential is
	 * present. True: a missing credential fails startup. False: never created.
	 */
	private @Nullable Boolean enabled;

	/**
	 * Whether redirects are followed. Unset: followed, each hop checked by the starter (a
	 * hop to another host carries no credential). 'dont-follow' returns them as they are.
	 */
	private @Nullable HttpRedirects redirects;

	/**
	 * Headers sent with every request to the provider's own origin. Values are masked
	 * by actuator. None by default.
	 */
	private Map<String, String> defaultHeaders = new LinkedHashMap<>();

	/**
	 * SSL settings of the provider's client.
	 */
	@NestedConfigurationProperty
	private final Ssl ssl = new Ssl();

	/**
	 * How the provider's health is judged.
	 */
	@NestedConfigurationProperty
	private final HealthProperties health = new HealthProperties();

	/**
	 * Return the credential as configured. Not a bound property: each subclass reads its
	 * own ({@code api-key}, {@code cookie}) and names it.
	 * @return the credential, its property and file
	 */
	public abstract ConfiguredCredential credential();

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(@Nullable Boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable HttpRedirects getRedirects() {
		return this.redirects;
	}

	public void setRedirects(@Nullable HttpRedirects redirects) {
		this.redirects = redirects;
	}

	public Map<String, String> getDefaultHeaders() {
		return this.defaultHeaders;
	}

	public void setDefaultHeaders(Map<String, String> defaultHeaders) {
		this.defaultHeaders = defaultHeaders;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public HealthProperties getHealth() {
		return this.health;
	}

	/**
	 * SSL settings, as for Spring Boot's own HTTP clients.
	 */
	public static class Ssl {

		/**
		 * Name of an SSL bundle (spring.ssl.bundle.*) for this provider's client, for a
		 * private CA or a corporate proxy. Unset: the JVM's trust store.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

}
