package io.github.genmedia.providers.autoconfigure.suno;

import java.time.Duration;

import io.github.genmedia.providers.autoconfigure.properties.ConfiguredCredential;
import io.github.genmedia.providers.autoconfigure.properties.JobsConfigurable;
import io.github.genmedia.providers.autoconfigure.properties.JobsProperties;
import io.github.genmedia.providers.autoconfigure.properties.ProviderProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Suno's settings, under {@code providers.suno}: those of every provider, and the cookie
 * authentication in place of an API key. Defaults are written as literals so that they
 * appear in the IDE metadata; {@code SunoPropertiesTests} keeps them equal to the core's
 * own defaults. Annotated for the configuration metadata only: bound with the other
 * providers, never registered as a bean.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("providers.suno")
public class SunoProperties extends ProviderProperties implements JobsConfigurable {

	/**
	 * The Cookie header of a browser signed in at suno.com; it must contain __client.
	 * Unset: the SUNO_COOKIE environment variable; Suno is active when it is set. Never
	 * logged or shown by actuator.
	 */
	private @Nullable String cookie;

	/**
	 * File that holds the Cookie header, as a mounted secret; read at startup and again
	 * whenever it changes, without a restart: the old account's token is dropped and the
	 * new account's fetched. Set it instead of cookie, not with it. Unset: the cookie is
	 * cookie's.
	 */
	private @Nullable String cookieFile;

	/**
	 * Suno's Clerk authentication service, which turns the cookie into JWTs.
	 */
	@NestedConfigurationProperty
	private final Clerk clerk = new Clerk();

	/**
	 * How Suno's generations are followed through the feed.
	 */
	@NestedConfigurationProperty
	private final JobsProperties jobs = new JobsProperties();

	/**
	 * When JWTs are refreshed.
	 */
	@NestedConfigurationProperty
	private final Token token = new Token();

	/**
	 * Accounts selected per request by a Cookie header.
	 */
	@NestedConfigurationProperty
	private final Accounts accounts = new Accounts();

	@Override
	public ConfiguredCredential credential() {
		return new ConfiguredCredential("cookie", this.cookie, this.cookieFile, null);
	}

	public @Nullable String getCookieFile() {
		return this.cookieFile;
	}

	public void setCookieFile(@Nullable String cookieFile) {
		this.cookieFile = cookieFile;
	}

	public @Nullable String getCookie() {
		return this.cookie;
	}

	public void setCookie(@Nullable String cookie) {
		this.cookie = cookie;
	}

	@Override
	public JobsProperties getJobs() {
		return this.jobs;
	}

	public Clerk getClerk() {
		return this.clerk;
	}

	public Token getToken() {
		return this.token;
	}

	public Accounts getAccounts() {
		return this.accounts;
	}

	/**
	 * Clerk endpoint and versions. Configurable because Suno has moved its Clerk host
	 * and bumped the required versions before, which broke clients that hard-coded them.
	 */
	public static class Clerk {

		/**
		 * Base URL of Suno's Clerk service.
		 */
		private String baseUrl = "https://auth.suno.com";

		/**
		 * Value of the __clerk_api_version query parameter.
		 */
		private String apiVersion = "2025-11-10";

		/**
		 * Value of the _clerk_js_version query parameter.
		 */
		private String jsVersion = "5.117.0";

		/**
		 * Connect and read timeout of each Clerk call.
		 */
		private Duration timeout = Duration.ofSeconds(10);

		public String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public String getApiVersion() {
			return this.apiVersion;
		}

		public void setApiVersion(String apiVersion) {
			this.apiVersion = apiVersion;
		}

		public String getJsVersion() {
			return this.jsVersion;
		}

		public void setJsVersion(String jsVersion) {
			this.jsVersion = jsVersion;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * JWT refresh schedule.
	 */
	public static class Token {

		/**
		 * How long before the JWT's exp it is refreshed. Clerk JWTs live about 60s, so
		 * 30s gives two Clerk calls a minute and rides out a 30s Clerk outage.
		 */
		private Duration refreshBeforeExpiry = Duration.ofSeconds(30);

		/**
		 * Refresh interval for a JWT without a readable exp.
		 */
		private Duration fallbackRefreshInterval = Duration.ofSeconds(30);

		/**
		 * Wait between scheduled retries after a failed refresh.
		 */
		private Duration retryInterval = Duration.ofSeconds(5);

		/**
		 * Longest a request waits for a token when none is ready yet, for example the
		 * first request after startup while Clerk is slow.
		 */
		private Duration wait = Duration.ofSeconds(5);

		/**
		 * Where the JWTs live: local (each instance refreshes its own) or redis (the
		 * instances share one JWT per account through Spring Boot's Lettuce connection,
		 * and one of them refreshes it, so the fleet asks Clerk as often as one
		 * instance). Redis needs encryption-key, or store-unencrypted.
		 */
		private Store store = Store.LOCAL;

		/**
		 * Base64 of a 256-bit AES key that encrypts the JWTs stored in Redis (AES-GCM)
		 * and names their keys; the same on every instance. Make one with 'openssl rand
		 * -base64 32' and keep it with the application's secrets. Never logged or shown
		 * by actuator. Unset: store=redis fails startup unless store-unencrypted is true.
		 */
		private @Nullable String encryptionKey;

		/**
		 * Store JWTs in Redis in plain text when no encryption-key is set. Whoever can
		 * read Redis (or its backups) can then call Suno as the account until the JWT
		 * expires, about a minute; the cookie never goes to Redis either way.
		 */
		private boolean storeUnencrypted;

		public Duration getRefreshBeforeExpiry() {
			return this.refreshBeforeExpiry;
		}

		public void setRefreshBeforeExpiry(Duration refreshBeforeExpiry) {
			this.refreshBeforeExpiry = refreshBeforeExpiry;
		}

		public Duration getFallbackRefreshInterval() {
			return this.fallbackRefreshInterval;
		}

		public void setFallbackRefreshInterval(Duration fallbackRefreshInterval) {
			this.fallbackRefreshInterval = fallbackRefreshInterval;
		}

		public Duration getRetryInterval() {
			return this.retryInterval;
		}

		public void setRetryInterval(Duration retryInterval) {
			this.retryInterval = retryInterval;
		}

		public Duration getWait() {
			return this.wait;
		}

		public void setWait(Duration wait) {
			this.wait = wait;
		}

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public @Nullable String getEncryptionKey() {
			return this.encryptionKey;
		}

		public void setEncryptionKey(@Nullable String encryptionKey) {
			this.encryptionKey = encryptionKey;
		}

		public boolean isStoreUnencrypted() {
			return this.storeUnencrypted;
		}

		public void setStoreUnencrypted(boolean storeUnencrypted) {
			this.storeUnencrypted = storeUnencrypted;
		}

		/**
		 * Where Suno's JWTs live.
		 */
		public enum Store {

			/**
			 * In each instance's memory: each instance refreshes its own.
			 */
			LOCAL,

			/**
			 * In Redis, shared by the instances that use it.
			 */
			REDIS

		}

	}

	/**
	 * Bounds of the per-request account cache.
	 */
	public static class Accounts {

		/**
		 * Most accounts (distinct cookies) whose tokens are kept fresh at once; the
		 * least recently used is dropped beyond it. Each costs about two Clerk calls a
		 * minute.
		 */
		private int maxCached = 100;

		/**
		 * An account without a request for this long is dropped and its refresh
		 * schedule stopped.
		 */
		private Duration idleExpiry = Duration.ofMinutes(10);

		public int getMaxCached() {
			return this.maxCached;
		}

		public void setMaxCached(int maxCached) {
			this.maxCached = maxCached;
		}

		public Duration getIdleExpiry() {
			return this.idleExpiry;
		}

		public void setIdleExpiry(Duration idleExpiry) {
			this.idleExpiry = idleExpiry;
		}

	}

}
