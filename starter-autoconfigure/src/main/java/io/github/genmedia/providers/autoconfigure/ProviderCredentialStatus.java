package io.github.genmedia.providers.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * What a provider's own credential machinery knows about its health, beyond what its
 * traffic shows: Suno's token, for example. A bean of this type is shown in the
 * provider's health, so a provider package reports its state without the health code
 * knowing it.
 *
 * @since 0.1.0
 */
public interface ProviderCredentialStatus {

	/**
	 * Return the provider this status is about.
	 * @return its name under {@code providers}
	 */
	String provider();

	/**
	 * Return the current state.
	 * @return the state, with details that hold no secret, or {@code null} when there is
	 * nothing to report and health follows the provider's traffic alone
	 */
	@Nullable CredentialHealth health();

}
