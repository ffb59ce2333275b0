package io.github.genmedia.providers.definition;

/**
 * How a provider expects its API key on the wire.
 *
 * @since 0.1.0
 */
public enum AuthType {

	/**
	 * The key alone as the value of a provider-specific header, such as
	 * {@code x-api-key: KEY}.
	 */
	HEADER,

	/**
	 * The key as an OAuth-style bearer token: {@code Authorization: Bearer KEY}.
	 */
	BEARER,

	/**
	 * No credential; for public endpoints or for clients that authenticate with their
	 * own interceptor.
	 */
	NONE

}
