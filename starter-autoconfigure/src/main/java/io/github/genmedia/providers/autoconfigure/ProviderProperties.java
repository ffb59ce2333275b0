package io.github.genmedia.providers.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.definition.AuthType;

/**
 * Settings of one provider, under {@code providers.<name>}.
 * <p>
 * Every field is optional for a built-in provider: an unset one takes the provider's
 * documented default. A custom provider needs at least {@code base-url}.
 */
public class ProviderProperties {

	/**
	 * Base URL of the provider's API. Built-in providers default to their public
	 * endpoint; custom providers must set it.
	 */
	private String baseUrl;

	/**
	 * API key. Built-in providers fall back to their environment variable, for example
	 * SUNOR_API_KEY. Never logged or shown by actuator.
	 */
	private String apiKey;

	/**
	 * Whether to create the provider's client. Unset: created when a credential is
	 * present. True: a missing credential fails startup. False: never created.
	 */
	private Boolean enabled;

	/**
	 * Connect timeout. Unset: providers.defaults.connect-timeout, then
	 * spring.http.clients.connect-timeout, then 10s.
	 */
	private Duration connectTimeout;

	/**
	 * Read timeout. Unset: providers.defaults.read-timeout, then
	 * spring.http.clients.read-timeout, then 120s.
	 */
	private Duration readTimeout;

	/**
	 * Headers sent with every request to this provider.
	 */
	private Map<String, String> defaultHeaders = new LinkedHashMap<>();

	/**
	 * How the API key is sent.
	 */
	private final Auth auth = new Auth();

	/**
	 * How the provider's health is judged.
	 */
	private final Health health = new Health();

	/**
	 * When and how failed requests are retried.
	 */
	private final Retry retry = new Retry();

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(String apiKey) {
		this.apiKey = apiKey;
	}

	public Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(Boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Map<String, String> getDefaultHeaders() {
		return this.defaultHeaders;
	}

	public void setDefaultHeaders(Map<String, String> defaultHeaders) {
		this.defaultHeaders = defaultHeaders;
	}

	public Auth getAuth() {
		return this.auth;
	}

	public Health getHealth() {
		return this.health;
	}

	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * How the API key goes on the wire. Built-in providers preset all three.
	 */
	public static class Auth {

		/**
		 * Auth scheme: 'header' (the key in header-name), 'bearer' (Authorization:
		 * Bearer KEY) or 'none'. Custom providers default to 'bearer'.
		 */
		private AuthType type;

		/**
		 * Header that carries the key when type is 'header', for example x-api-key.
		 */
		private String headerName;

		/**
		 * Prefix every valid key starts with, for example 'ak_'; a key without it fails
		 * startup.
		 */
		private String keyPrefix;

		public AuthType getType() {
			return this.type;
		}

		public void setType(AuthType type) {
			this.type = type;
		}

		public String getHeaderName() {
			return this.headerName;
		}

		public void setHeaderName(String headerName) {
			this.headerName = headerName;
		}

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

	}

	/**
	 * Health of the provider, shown under /actuator/health/providers/{name}.
	 */
	public static class Health {

		/**
		 * Path, relative to base-url, of a cheap authenticated GET used as an active
		 * probe. Sunor defaults to /account/balance; other providers have none and
		 * their health follows their real traffic only.
		 */
		private String probePath;

		/**
		 * How long a probe result is reused, so that a health poller cannot spend the
		 * provider's quota or rate limit.
		 */
		private Duration cacheTtl = Duration.ofSeconds(30);

		/**
		 * Longest a probe may take before the provider is reported DOWN.
		 */
		private Duration timeout = Duration.ofSeconds(5);

		/**
		 * Failed calls in a row (5xx or no response, after retries) that turn the
		 * provider DOWN.
		 */
		private int failureThreshold = 3;

		/**
		 * Age after which what real traffic showed is no longer reported: the provider
		 * is UNKNOWN until new traffic arrives. Lets an instance that a provider outage
		 * took out of readiness come back, since it gets no traffic while out.
		 */
		private Duration staleAfter = Duration.ofMinutes(5);

		public String getProbePath() {
			return this.probePath;
		}

		public void setProbePath(String probePath) {
			this.probePath = probePath;
		}

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public int getFailureThreshold() {
			return this.failureThreshold;
		}

		public void setFailureThreshold(int failureThreshold) {
			this.failureThreshold = failureThreshold;
		}

		public Duration getStaleAfter() {
			return this.staleAfter;
		}

		public void setStaleAfter(Duration staleAfter) {
			this.staleAfter = staleAfter;
		}

	}

	/**
	 * Retries of failed requests. Each unset value falls back to
	 * providers.defaults.retry, then to the starter's default.
	 */
	public static class Retry {

		/**
		 * Whether failed requests are retried at all. Default: true.
		 */
		private Boolean enabled;

		/**
		 * Attempts per call, the first included. Default: 3.
		 */
		private Integer maxAttempts;

		/**
		 * Wait before the first retry. Default: 500ms.
		 */
		private Duration initialInterval;

		/**
		 * Factor by which the wait grows after each retry. Default: 2.
		 */
		private Double multiplier;

		/**
		 * Longest wait between two attempts. Default: 10s.
		 */
		private Duration maxInterval;

		/**
		 * Random spread added to each wait, so clients do not retry in lockstep.
		 * Default: 100ms.
		 */
		private Duration jitter;

		/**
		 * Whether POST and PATCH requests are retried too. Default: false. Generation
		 * endpoints are paid per call: a retried POST whose first attempt reached the
		 * provider before failing can charge credits twice.
		 */
		private Boolean nonIdempotent;

		/**
		 * Longest Retry-After (on 429 and 503) that is waited for; a longer demand fails
		 * at once with RetryAfterTooLongException. Default: 30s.
		 */
		private Duration maxRetryAfter;

		public Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(Boolean enabled) {
			this.enabled = enabled;
		}

		public Integer getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(Integer maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		public Double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(Double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

		public Duration getJitter() {
			return this.jitter;
		}

		public void setJitter(Duration jitter) {
			this.jitter = jitter;
		}

		public Boolean getNonIdempotent() {
			return this.nonIdempotent;
		}

		public void setNonIdempotent(Boolean nonIdempotent) {
			this.nonIdempotent = nonIdempotent;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

}
