package io.github.genmedia.providers.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import io.github.genmedia.providers.definition.AuthType;
import io.github.genmedia.providers.definition.ProviderDefinition;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.HttpClientSettings;

/**
 * What a provider's client was built with, safe to log or show: the credential appears
 * only as its length.
 *
 * @param name the provider name
 * @param baseUrl the base URL
 * @param authType how the credential is sent
 * @param authHeader the header that carries it, or {@code null}
 * @param credentialLength the credential's length, or 0 when there is none
 * @param connectTimeout the connect timeout in force: the provider's own, else
 * {@code providers.defaults}, else {@code spring.http.clients}, else the starter's 10s
 * @param readTimeout the read timeout in force, chosen the same way (the starter's: 120s)
 * @param defaultHeaderNames the names of the headers sent with every request
 * @since 0.1.0
 */
public record ProviderSummary(String name, URI baseUrl, AuthType authType, @Nullable String authHeader,
		int credentialLength, @Nullable Duration connectTimeout, @Nullable Duration readTimeout,
		Set<String> defaultHeaderNames) {

	static ProviderSummary of(ProviderDefinition definition, HttpClientSettings inForce) {
		return new ProviderSummary(definition.name(), definition.baseUrl(), definition.auth().type(),
				definition.auth().headerName(),
				(definition.credential() != null) ? definition.credential().length() : 0,
				inForce.connectTimeout(), inForce.readTimeout(),
				Set.copyOf(definition.defaultHeaders().keySet()));
	}

	/**
	 * Return the credential as it may be shown: masked, with its length.
	 * @return for example {@code ****(32 chars)}, or {@code none}
	 */
	public String maskedCredential() {
		return (this.credentialLength > 0) ? "****(" + this.credentialLength + " chars)" : "none";
	}

}
