package io.github.genmedia.providers.keys;

import java.util.ArrayList;
import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import org.jspecify.annotations.Nullable;

/**
 * Where a provider's keys come from now: configuration, a {@link SecretFile} that may be
 * rotated, or a {@link ProviderCredentialSource}.
 *
 * @since 0.1.0
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

	/**
	 * These keys, then more that never change: a key file's key, then a list's.
	 * @param more the keys that follow, maybe none
	 * @return the supply
	 */
	default KeySupply followedBy(List<Credential> more) {
		if (more.isEmpty()) {
			return this;
		}
		KeySupply first = this;
		List<Credential> rest = List.copyOf(more);
		return new KeySupply() {

			@Override
			public List<Credential> keys() {
				List<Credential> all = new ArrayList<>(first.keys());
				all.addAll(rest);
				return all;
			}

			@Override
			public @Nullable String problem() {
				return first.problem();
			}

		};
	}

}
