package io.github.genmedia.providers.autype;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Where Autype posts a render's outcome, and the secret it must send with it: generated
 * at startup (or shared by the instances of a fleet), sent to Autype with each render in
 * {@value #SECRET_HEADER}, and checked on each delivery, so that nobody else can make the
 * application poll.
 *
 * @since 0.1.0
 */
public final class AutypeWebhooks {

	/** The header Autype sends the secret in. */
	public static final String SECRET_HEADER = "X-Genmedia-Webhook-Secret";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String url;

	private final byte[] secret;

	private AutypeWebhooks(String url, byte[] secret) {
		this.url = url;
		this.secret = secret;
	}

	/**
	 * Create webhooks to a URL with a new random secret.
	 * @param url the public URL Autype posts to
	 * @return the webhooks
	 */
	public static AutypeWebhooks to(String url) {
		return to(url, newSecret());
	}

	/**
	 * Return a new random secret, as {@link #to(String)} makes: 32 random bytes, in
	 * URL-safe Base64. An instance proposes it to the fleet, which keeps the first one
	 * proposed.
	 * @return the secret
	 */
	public static String newSecret() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/**
	 * Create webhooks to a URL with a secret shared by several instances, so that a
	 * delivery to any of them is accepted.
	 * @param url the public URL Autype posts to
	 * @param secret the secret, at least 32 characters
	 * @return the webhooks
	 */
	public static AutypeWebhooks to(String url, String secret) {
		if (secret.length() < 32) {
			throw new IllegalArgumentException("A webhook secret needs at least 32 characters");
		}
		return new AutypeWebhooks(url, secret.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Return the URL.
	 * @return the public URL Autype posts to
	 */
	public String url() {
		return this.url;
	}

	/**
	 * Whether a delivery's secret is this one, compared in constant time.
	 * @param secret the {@value #SECRET_HEADER} header of the delivery, or {@code null}
	 * @return {@code true} when it matches
	 */
	public boolean accepts(@Nullable String secret) {
		return secret != null && MessageDigest.isEqual(this.secret, secret.getBytes(StandardCharsets.US_ASCII));
	}

	AutypeWebhook webhook() {
		return AutypeWebhook.to(this.url).withHeader(SECRET_HEADER, new String(this.secret, StandardCharsets.US_ASCII));
	}

	@Override
	public String toString() {
		return "AutypeWebhooks[" + this.url + "]";
	}

}
