package io.github.genmedia.providers.autoconfigure.properties;

import java.time.Duration;
import java.util.List;

import io.github.genmedia.providers.definition.AuthType;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Settings of a provider authenticated by an API key: every built-in provider but Suno,
 * and every provider of your own.
 *
 * @since 0.1.0
 */
public class ApiKeyProviderProperties extends ProviderProperties {

	/**
	 * API key. Unset: the built-in provider's environment variable, for example
	 * SUNOR_API_KEY; the provider is active when it is set. Never logged or shown by
	 * actuator.
	 */
	private @Nullable String apiKey;

	/**
	 * File that holds the API key, as Kubernetes and Docker mount secrets; read at
	 * startup, trimmed, and read again whenever it changes (edited in place or swapped by
	 * a symbolic link), without a restart. Set it instead of api-key, not with it.
	 * Unset: the key is api-key's.
	 */
	private @Nullable String apiKeyFile;

	/**
	 * More API keys of the provider, taken in turn with api-key (or api-key-file): a key
	 * the provider rejects (401) leaves the rotation and the request goes again with
	 * another; a key answered with 429 rests while the others carry the traffic. Each
	 * key has its own rate-limit budget. Unset: api-key is the only key.
	 */
	private @Nullable List<String> apiKeys;

	/**
	 * Longest a request waits for the application's ProviderCredentialSource when the
	 * provider's keys are due: a source that does not answer in time leaves the last
	 * keys in use and shows in health, and with no keys yet (at startup) fails. Unset: 5s.
	 */
	private @Nullable Duration credentialSourceTimeout;

	/**
	 * How the API key goes on the wire.
	 */
	@NestedConfigurationProperty
	private final Auth auth = new Auth();

	@Override
	public ConfiguredCredential credential() {
		return new ConfiguredCredential("api-key", this.apiKey, this.apiKeyFile, this.apiKeys);
	}

	public @Nullable String getApiKeyFile() {
		return this.apiKeyFile;
	}

	public void setApiKeyFile(@Nullable String apiKeyFile) {
		this.apiKeyFile = apiKeyFile;
	}

	public @Nullable List<String> getApiKeys() {
		return this.apiKeys;
	}

	public void setApiKeys(@Nullable List<String> apiKeys) {
		this.apiKeys = apiKeys;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public @Nullable Duration getCredentialSourceTimeout() {
		return this.credentialSourceTimeout;
	}

	public void setCredentialSourceTimeout(@Nullable Duration credentialSourceTimeout) {
		this.credentialSourceTimeout = credentialSourceTimeout;
	}

	public Auth getAuth() {
		return this.auth;
	}

	/**
	 * How the API key goes on the wire. Built-in providers preset all three.
	 */
	public static class Auth {

		/**
		 * Auth scheme: 'header' (the key in header-name), 'bearer' (Authorization:
		 * Bearer KEY) or 'none'. Unset: the built-in provider's scheme, 'bearer' for a
		 * provider of your own.
		 */
		private @Nullable AuthType type;

		/**
		 * Header that carries the key when type is 'header', for example x-api-key.
		 * Unset: the built-in provider's header.
		 */
		private @Nullable String headerName;

		/**
		 * Prefix every valid key starts with, for example 'ak_'; a key without it fails
		 * startup. Unset: the built-in provider's prefix, none otherwise.
		 */
		private @Nullable String keyPrefix;

		public @Nullable AuthType getType() {
			return this.type;
		}

		public void setType(@Nullable AuthType type) {
			this.type = type;
		}

		public @Nullable String getHeaderName() {
			return this.headerName;
		}

		public void setHeaderName(@Nullable String headerName) {
			this.headerName = headerName;
		}

		public @Nullable String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(@Nullable String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

	}

}
