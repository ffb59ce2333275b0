package io.github.genmedia.providers.keys;

import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import org.jspecify.annotations.Nullable;

/**
 * Where a provider's keys come from now: configuration, a {@link SecretFile} that may be
 * rotated, or a {@link ProviderCredentialSource}.
 */
public interface KeySupply {

	/**
	 * Return the keys to use now.
	 * @return at least one key, in the order they are taken
	 */
	List<Credential> keys();

	/**
	 * Return why the supply could not give fresh keys, if it could not, for health; the
	 * keys it returns are then the last good ones.
	 * @return the problem, without any secret, or {@code null}
	 */
	default @Nullable String problem() {
		return null;
	}

	/**
	 * Keys that never change.
	 * @param keys the keys, at least one
	 * @return the supply
	 */
	static KeySupply fixed(List<Credential> keys) {
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("At least one key is required");
		}
		List<Credential> copy = List.copyOf(keys);
		return () -> copy;
	}

}
