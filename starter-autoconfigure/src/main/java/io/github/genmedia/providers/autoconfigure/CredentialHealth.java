package io.github.genmedia.providers.autoconfigure;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The health of a provider's credential.
 *
 * @param state whether a usable credential is at hand
 * @param reason what a person can do about it, for {@link State#DOWN} and
 * {@link State#PENDING}; {@code null} otherwise
 * @param details facts without secrets, such as a token's remaining lifetime
 * @since 0.1.0
 */
public record CredentialHealth(State state, @Nullable String reason, Map<String, Object> details) {

	public CredentialHealth {
		details = Map.copyOf(details);
	}

	/**
	 * Whether the provider has a usable credential.
	 */
	public enum State {

		/** A usable credential is at hand: the provider is UP unless its traffic says otherwise. */
		USABLE,

		/** None yet, and no failure either: the provider is UNKNOWN until its first one. */
		PENDING,

		/** None can be had: the provider is DOWN whatever its traffic. */
		DOWN

	}

}
