package io.github.genmedia.providers.keys;

import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import org.jspecify.annotations.Nullable;

/**
 * What a provider's {@link KeyRing} knows, for health: never a key, only labels.
 *
 * @param keys how many keys the provider has now
 * @param outOfRotation the keys the provider rejected, each by its last four characters
 * ({@code ...7f3a}), or by its place ({@code key 2}) when it is too short to show any
 * @param supplyProblem why fresh keys could not be read (a file, a source), or
 * {@code null}
 * @since 0.1.0
 */
public record KeyRingState(int keys, List<String> outOfRotation, @Nullable String supplyProblem) {

	/** Keys shorter than this show no characters at all. */
	static final int MIN_LABELLED_LENGTH = 16;

	/**
	 * Whether every key is out of rotation.
	 * @return {@code true} when the provider rejected them all
	 */
	public boolean allRejected() {
		return this.keys > 0 && this.outOfRotation.size() == this.keys;
	}

	static String label(Credential key, List<Credential> keys) {
		if (key.length() >= MIN_LABELLED_LENGTH) {
			String value = key.reveal();
			return "..." + value.substring(value.length() - 4);
		}
		return "key " + (keys.indexOf(key) + 1);
	}

}
