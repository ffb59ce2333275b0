package io.github.genmedia.providers.autoconfigure.suno;

import java.util.Base64;

import io.github.genmedia.providers.autoconfigure.provider.ProviderProblems;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@code providers.suno.token.store}, {@code encryption-key} and
 * {@code store-unencrypted} at startup: JWTs go to Redis encrypted, or in plain text only
 * when the application says so. A problem names the property and how to make a key,
 * never the key.
 */
final class SharedTokenSettings {

	static final String STORE = "token.store";

	static final String ENCRYPTION_KEY = "token.encryption-key";

	static final String STORE_UNENCRYPTED = "token.store-unencrypted";

	private static final String MAKE_A_KEY = "Make a key with 'openssl rand -base64 32', keep it with the "
			+ "application's secrets and give every instance the same one";

	private SharedTokenSettings() {
	}

	/**
	 * Return how tokens are sealed in Redis.
	 * @param token the token properties
	 * @param problems where problems are reported
	 * @return the cipher, or {@code null} for the local store or after a problem
	 */
	static @Nullable SunoTokenCipher cipher(SunoProperties.Token token, ProviderProblems problems) {
		String key = token.getEncryptionKey();
		if (token.getStore() != SunoProperties.Token.Store.REDIS) {
			return null;
		}
		if (key == null || key.isBlank()) {
			if (token.isStoreUnencrypted()) {
				return SunoTokenCipher.unencrypted();
			}
			problems.add(ENCRYPTION_KEY, "is not set, but " + problems.property(STORE)
					+ " is redis, and JWTs are not stored in Redis unencrypted unless asked to",
					MAKE_A_KEY + ", and set " + problems.property(ENCRYPTION_KEY) + " to it; or set "
							+ problems.property(STORE_UNENCRYPTED) + "=true to store JWTs in plain text (whoever "
							+ "reads Redis can then use them until they expire); or set " + problems.property(STORE)
							+ "=local.");
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(key.strip());
		}
		catch (IllegalArgumentException ex) {
			invalidKey(problems, "is not valid base64");
			return null;
		}
		try {
			return SunoTokenCipher.aes(bytes);
		}
		catch (IllegalArgumentException ex) {
			// A key of the wrong length, in the cipher's words, which never hold the key.
			invalidKey(problems, String.valueOf(ex.getMessage()));
			return null;
		}
	}

	private static void invalidKey(ProviderProblems problems, String why) {
		problems.add(ENCRYPTION_KEY, "is not a base64-encoded 256-bit AES key: it " + why,
				MAKE_A_KEY + ", and set " + problems.property(ENCRYPTION_KEY) + " to it.");
	}

}
