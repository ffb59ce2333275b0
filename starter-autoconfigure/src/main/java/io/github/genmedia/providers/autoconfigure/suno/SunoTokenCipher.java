package io.github.genmedia.providers.autoconfigure.suno;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * How Suno tokens are sealed in a shared store: AES-256-GCM with a random 12-byte nonce
 * per write, the store key as associated data (a value copied under another account's
 * key does not open), and store keys named by an HMAC-SHA256 of the account id (under a
 * naming key derived from the key, so that the AES key itself serves one purpose), so
 * that whoever reads Redis learns neither the JWT nor which cookie it belongs to. Without a
 * key ({@link #unencrypted()}, an explicit opt-in) values are written as they are. Never
 * shows the key.
 */
final class SunoTokenCipher {

	static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom random = new SecureRandom();

	private static final byte[] NAMING = "genmedia suno token store names".getBytes(StandardCharsets.US_ASCII);

	private final @Nullable SecretKeySpec key;

	private final @Nullable SecretKeySpec namingKey;

	private SunoTokenCipher(@Nullable SecretKeySpec key) {
		this.key = key;
		this.namingKey = (key != null) ? new SecretKeySpec(hmac(key, NAMING), "HmacSHA256") : null;
	}

	/**
	 * A cipher with a 256-bit key.
	 * @param key the key's bytes
	 * @return the cipher
	 * @throws IllegalArgumentException unless the key has {@value #KEY_BYTES} bytes; the
	 * message does not contain it
	 */
	static SunoTokenCipher aes(byte[] key) {
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException("decodes to " + key.length + " bytes instead of " + KEY_BYTES);
		}
		return new SunoTokenCipher(new SecretKeySpec(key, "AES"));
	}

	static SunoTokenCipher unencrypted() {
		return new SunoTokenCipher(null);
	}

	boolean encrypts() {
		return this.key != null;
	}

	/** The store's name for an account: HMAC-SHA256 of its id under the key, in hex. */
	String name(String accountId) {
		return (this.namingKey != null)
				? HexFormat.of().formatHex(hmac(this.namingKey, accountId.getBytes(StandardCharsets.UTF_8))) : accountId;
	}

	private static byte[] hmac(SecretKeySpec key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

	byte[] seal(byte[] plain, String storeKey) {
		if (this.key == null) {
			return plain;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, plain, 0, plain.length, storeKey);
		return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
	}

	/**
	 * Open a sealed value.
	 * @return the plain value
	 * @throws IllegalStateException when it was sealed with another key, for another
	 * store key, or altered
	 */
	byte[] open(byte[] value, String storeKey) {
		if (this.key == null) {
			return value;
		}
		if (value.length <= NONCE_BYTES) {
			throw new IllegalStateException("The stored Suno token is too short to be sealed");
		}
		byte[] nonce = Arrays.copyOf(value, NONCE_BYTES);
		return crypt(Cipher.DECRYPT_MODE, nonce, value, NONCE_BYTES, value.length - NONCE_BYTES, storeKey);
	}

	private byte[] crypt(int mode, byte[] nonce, byte[] input, int offset, int length, String storeKey) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(storeKey.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input, offset, length);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored Suno token does not open with this key ("
					+ ex.getClass().getSimpleName() + ")");
		}
	}

	@Override
	public String toString() {
		return "SunoTokenCipher[" + (encrypts() ? "AES-256-GCM, key ****" : "unencrypted") + "]";
	}

}
