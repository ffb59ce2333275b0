package io.github.genmedia.providers.definition;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.ProviderOrigin;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.retry.RetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to build one provider's client, resolved and validated.
 * <p>
 * The auto-configuration builds it from the application's configuration; it is usable
 * on its own, without Spring Boot, through
 * {@link io.github.genmedia.providers.pipeline.ProviderPipeline}. Its {@code toString()}
 * is safe to log: the credential prints masked, default headers by name only.
 *
 * @param name the provider's name, for example {@code sunor}
 * @param baseUrl the absolute base URL every relative request is resolved against
 * @param auth how the credential is sent
 * @param credential the credential; {@code null} when {@code auth} sends none, or when the
 * keys come from elsewhere (a key ring the pipeline is given)
 * @param connectTimeout the connect timeout, or {@code null} for the application's
 * default
 * @param readTimeout the read timeout, or {@code null} for the application's default
 * @param defaultHeaders headers sent with every request to the provider's origin
 * @param retry when and how failed requests are retried
 * @param followRedirects whether redirects are followed (each hop checked and
 * authenticated afresh) or returned to the caller as they are
 * @param rateLimit the provider's rate limit as the client keeps it, or {@code null} for
 * none
 * @since 0.1.0
 */
public record ProviderDefinition(String name, URI baseUrl, ProviderAuth auth, @Nullable Credential credential,
		@Nullable Duration connectTimeout, @Nullable Duration readTimeout, Map<String, String> defaultHeaders,
		RetrySettings retry, boolean followRedirects, @Nullable RateLimitSettings rateLimit) {

	public ProviderDefinition {
		defaultHeaders = Map.copyOf(defaultHeaders);
	}

	/**
	 * Create a definition without a rate limit.
	 * @param name the provider's name
	 * @param baseUrl the base URL
	 * @param auth how the credential is sent
	 * @param credential the credential, or {@code null} when {@code auth} sends none
	 * @param connectTimeout the connect timeout, or {@code null}
	 * @param readTimeout the read timeout, or {@code null}
	 * @param defaultHeaders headers sent with every request
	 * @param retry the retry settings
	 * @param followRedirects whether redirects are followed
	 */
	public ProviderDefinition(String name, URI baseUrl, ProviderAuth auth, @Nullable Credential credential,
			@Nullable Duration connectTimeout, @Nullable Duration readTimeout, Map<String, String> defaultHeaders,
			RetrySettings retry, boolean followRedirects) {
		this(name, baseUrl, auth, credential, connectTimeout, readTimeout, defaultHeaders, retry, followRedirects,
				null);
	}

	/**
	 * Create a definition that follows redirects.
	 * @param name the provider's name
	 * @param baseUrl the base URL
	 * @param auth how the credential is sent
	 * @param credential the credential, or {@code null} when {@code auth} sends none
	 * @param connectTimeout the connect timeout, or {@code null}
	 * @param readTimeout the read timeout, or {@code null}
	 * @param defaultHeaders headers sent with every request
	 * @param retry the retry settings
	 */
	public ProviderDefinition(String name, URI baseUrl, ProviderAuth auth, @Nullable Credential credential,
			@Nullable Duration connectTimeout, @Nullable Duration readTimeout, Map<String, String> defaultHeaders,
			RetrySettings retry) {
		this(name, baseUrl, auth, credential, connectTimeout, readTimeout, defaultHeaders, retry, true, null);
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
	public ProviderDefinition withTimeouts(@Nullable Duration connectTimeout, @Nullable Duration readTimeout) {
		return new ProviderDefinition(this.name, this.baseUrl, this.auth, this.credential, connectTimeout, readTimeout,
				this.defaultHeaders, this.retry, this.followRedirects, this.rateLimit);
	}

	/**
	 * Return a copy with another retry policy, for a client whose calls must not be
	 * repeated, such as a health probe bounded by its own timeout.
	 * @param retry the retry policy
	 * @return the copy
	 */
	public ProviderDefinition withRetry(RetrySettings retry) {
		return new ProviderDefinition(this.name, this.baseUrl, this.auth, this.credential, this.connectTimeout,
				this.readTimeout, this.defaultHeaders, retry, this.followRedirects, this.rateLimit);
	}

	/**
	 * Return a copy with another rate limit, for a client that must not wait for a
	 * permit, such as a health probe, or for one without a limit.
	 * @param rateLimit the rate limit, or {@code null} for none
	 * @return the copy
	 */
	public ProviderDefinition withRateLimit(@Nullable RateLimitSettings rateLimit) {
		return new ProviderDefinition(this.name, this.baseUrl, this.auth, this.credential, this.connectTimeout,
				this.readTimeout, this.defaultHeaders, this.retry, this.followRedirects, rateLimit);
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
				+ this.readTimeout + ", defaultHeaders=" + this.defaultHeaders.keySet() + ", retry=" + this.retry
				+ ", followRedirects=" + this.followRedirects + ", rateLimit=" + this.rateLimit + "]";
	}

}
