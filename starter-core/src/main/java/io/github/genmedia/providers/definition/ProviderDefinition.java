package io.github.genmedia.providers.definition;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.ProviderOrigin;
import io.github.genmedia.providers.retry.RetrySettings;

/**
 * Everything needed to build one provider's client, resolved and validated.
 * <p>
 * Built by the auto-configuration from {@code providers.<name>.*}; usable on its own
 * without Spring Boot. Its {@code toString()} is safe to log: the credential prints
 * masked.
 *
 * @param name the provider's name as configured, for example {@code sunor}
 * @param baseUrl the absolute base URL every relative request is resolved against
 * @param auth how the credential is sent
 * @param credential the credential, or {@code null} when {@code auth} needs none
 * @param connectTimeout the connect timeout, or {@code null} for the application's
 * default
 * @param readTimeout the read timeout, or {@code null} for the application's default
 * @param defaultHeaders headers sent with every request
 * @param retry when and how failed requests are retried
 */
public record ProviderDefinition(String name, URI baseUrl, ProviderAuth auth, Credential credential,
		Duration connectTimeout, Duration readTimeout, Map<String, String> defaultHeaders, RetrySettings retry) {

	public ProviderDefinition {
		defaultHeaders = (defaultHeaders != null) ? Map.copyOf(defaultHeaders) : Map.of();
		retry = (retry != null) ? retry : RetrySettings.defaults();
		if (auth.requiresCredential() && credential == null) {
			throw new IllegalArgumentException("Provider '" + name + "' needs a credential for " + auth.type());
		}
	}

	/**
	 * Return the origin the credential is bound to.
	 * @return the base URL's scheme, host and port
	 */
	public ProviderOrigin origin() {
		return ProviderOrigin.of(this.baseUrl);
	}

	/**
	 * Return a copy with other timeouts, for a client that must answer sooner than the
	 * provider's regular one, such as a health probe.
	 * @param connectTimeout the connect timeout
	 * @param readTimeout the read timeout
	 * @return the copy
	 */
	public ProviderDefinition withTimeouts(Duration connectTimeout, Duration readTimeout) {
		return new ProviderDefinition(this.name, this.baseUrl, this.auth, this.credential, connectTimeout, readTimeout,
				this.defaultHeaders, this.retry);
	}

	/**
	 * Return a copy with another retry policy, for a client whose calls must not be
	 * repeated, such as a health probe bounded by its own timeout.
	 * @param retry the retry policy
	 * @return the copy
	 */
	public ProviderDefinition withRetry(RetrySettings retry) {
		return new ProviderDefinition(this.name, this.baseUrl, this.auth, this.credential, this.connectTimeout,
				this.readTimeout, this.defaultHeaders, retry);
	}

	/**
	 * Describe the provider without secrets: the credential masked, default headers by
	 * name only.
	 * @return the description
	 */
	@Override
	public String toString() {
		return "ProviderDefinition[name=" + this.name + ", baseUrl=" + this.baseUrl + ", auth=" + this.auth
				+ ", credential=" + this.credential + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
				+ this.readTimeout + ", defaultHeaders=" + this.defaultHeaders.keySet() + ", retry=" + this.retry + "]";
	}

}
