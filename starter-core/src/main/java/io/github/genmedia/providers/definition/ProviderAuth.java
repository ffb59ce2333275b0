package io.github.genmedia.providers.definition;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.KeyShape;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Where and how a provider's API key goes on the wire, and what a valid key looks like.
 *
 * @param type how the key is sent
 * @param headerName the header that carries it ({@code Authorization} for
 * {@link AuthType#BEARER}, {@code null} for {@link AuthType#NONE})
 * @param keyPrefix a prefix every valid key starts with, such as Autype's {@code ak_},
 * or {@code null} when the provider has no such rule
 * @since 0.1.0
 */
public record ProviderAuth(AuthType type, @Nullable String headerName, @Nullable String keyPrefix) {

	private static final ProviderAuth NONE = new ProviderAuth(AuthType.NONE, null, null);

	/**
	 * The key alone in the named header.
	 * @param headerName the header, for example {@code x-api-key}
	 * @param keyPrefix the required key prefix, or {@code null}
	 * @return the auth settings
	 */
	public static ProviderAuth header(String headerName, @Nullable String keyPrefix) {
		return new ProviderAuth(AuthType.HEADER, headerName, keyPrefix);
	}

	/**
	 * The key as {@code Authorization: Bearer KEY}.
	 * @param keyPrefix the required key prefix, or {@code null}
	 * @return the auth settings
	 */
	public static ProviderAuth bearer(@Nullable String keyPrefix) {
		return new ProviderAuth(AuthType.BEARER, HttpHeaders.AUTHORIZATION, keyPrefix);
	}

	/**
	 * No credential at all.
	 * @return the auth settings
	 */
	public static ProviderAuth none() {
		return NONE;
	}

	/**
	 * Whether this provider needs a credential.
	 * @return {@code false} only for {@link AuthType#NONE}
	 */
	public boolean requiresCredential() {
		return this.type != AuthType.NONE;
	}

	/**
	 * Return what a valid key looks like, to check a key wherever it comes from.
	 * @return the shape, with {@link #keyPrefix()}
	 */
	public KeyShape keyShape() {
		return KeyShape.of(this.keyPrefix);
	}

	/**
	 * Return the header value that carries the credential.
	 * @param credential the credential
	 * @return the header value
	 */
	public String headerValue(Credential credential) {
		return (this.type == AuthType.BEARER) ? "Bearer " + credential.reveal() : credential.reveal();
	}

}
