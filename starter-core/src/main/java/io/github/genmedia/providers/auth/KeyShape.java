package io.github.genmedia.providers.auth;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a provider's key must look like to be sent: not blank, only characters an HTTP
 * header can carry ({@link HeaderValues}), and the provider's prefix when it has one
 * (Autype's keys start with {@code ak_}).
 * <p>
 * The one check of a key's shape, wherever the key comes from: the configuration at
 * startup, a rotated file or a credential source later, a tenant's key on a request. It
 * answers with a typed {@link Problem} rather than a sentence, so that each caller words
 * it with what it knows (the property, the provider and the key's position, the
 * request), and never with the key: a problem holds no more of the key than the one
 * character it is about.
 *
 * @param prefix the prefix every key starts with, or {@code null} for none
 * @since 0.1.0
 */
public record KeyShape(@Nullable String prefix) {

	/** Any key a header can carry: no prefix required. */
	public static final KeyShape ANY = new KeyShape(null);

	/**
	 * Create the shape of a provider's keys.
	 * @param prefix the prefix every key starts with; {@code null} or empty for none
	 */
	public KeyShape {
		prefix = (prefix != null && !prefix.isEmpty()) ? prefix : null;
	}

	/**
	 * Return the shape of keys with a prefix.
	 * @param prefix the prefix, or {@code null} for none
	 * @return the shape
	 */
	public static KeyShape of(@Nullable String prefix) {
		return (prefix != null && !prefix.isEmpty()) ? new KeyShape(prefix) : ANY;
	}

	/**
	 * Tell what keeps a key, as configured, from being sent.
	 * @param raw the key; surrounding white space is ignored, as {@link Credential#of}
	 * strips it
	 * @return the first problem, or {@code null} when the key has this shape
	 */
	public @Nullable Problem problemWith(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return new Empty();
		}
		String key = raw.strip();
		int unsendable = HeaderValues.firstUnsendable(key);
		if (unsendable >= 0) {
			return new Unsendable(key.codePointAt(unsendable), unsendable + 1, key.length());
		}
		return prefixProblem(key);
	}

	/**
	 * Tell what keeps a credential from being a key of this shape; its characters are
	 * checked already.
	 * @param credential the credential
	 * @return the problem, or {@code null} when it has this shape
	 */
	public @Nullable Problem problemWith(Credential credential) {
		return (this.prefix != null && !credential.startsWith(this.prefix)) ? new MissingPrefix(this.prefix) : null;
	}

	/**
	 * Return a credential of this shape, for a check applied to keys that arrive later
	 * (a rotated file's, a credential source's): {@code shape::check}.
	 * @param credential the credential
	 * @return the same credential
	 * @throws InvalidCredentialException if it does not have this shape
	 */
	public Credential check(Credential credential) {
		Problem problem = problemWith(credential);
		if (problem != null) {
			throw new InvalidCredentialException(problem);
		}
		return credential;
	}

	/**
	 * Return the credential of a key of this shape.
	 * @param raw the key as given
	 * @return the credential, stripped
	 * @throws InvalidCredentialException if the key does not have this shape
	 */
	public Credential credential(@Nullable String raw) {
		Problem problem = problemWith(raw);
		if (problem != null) {
			throw new InvalidCredentialException(problem);
		}
		return Credential.checked(Objects.requireNonNull(raw).strip());
	}

	private @Nullable Problem prefixProblem(String key) {
		return (this.prefix != null && !key.startsWith(this.prefix)) ? new MissingPrefix(this.prefix) : null;
	}

	/**
	 * What is wrong with a key. {@link #describe()} words it in one way for every caller,
	 * to follow "the credential" or "the key"; a caller with more to say (the property,
	 * the key's length, what to do) reads the fields instead.
	 */
	public sealed interface Problem permits Empty, Unsendable, MissingPrefix {

		/**
		 * Describe the problem without the key.
		 * @return for example {@code "does not start with 'ak_'"}
		 */
		String describe();

	}

	/** The key is blank. */
	public record Empty() implements Problem {

		@Override
		public String describe() {
			return "is empty";
		}

	}

	/**
	 * The key holds a character an HTTP header cannot carry.
	 *
	 * @param codePoint the character
	 * @param position its position, from 1
	 * @param length the length of the stripped key
	 */
	public record Unsendable(int codePoint, int position, int length) implements Problem {

		@Override
		public String describe() {
			return HeaderValues.describe(this.codePoint, this.position, this.length);
		}

	}

	/**
	 * The key does not start with the provider's prefix.
	 *
	 * @param prefix the prefix
	 */
	public record MissingPrefix(String prefix) implements Problem {

		@Override
		public String describe() {
			return "does not start with '" + this.prefix + "'";
		}

	}

}
