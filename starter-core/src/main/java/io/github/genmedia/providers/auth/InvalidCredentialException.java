package io.github.genmedia.providers.auth;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a credential cannot be used. The message says what is wrong with the
 * value (for example that it contains a line break) and never contains the value.
 *
 * @since 0.1.0
 */
public class InvalidCredentialException extends IllegalArgumentException {

	private final String problem;

	private final KeyShape.@Nullable Problem shape;

	/**
	 * Create the exception.
	 * @param problem what is wrong, phrased to follow "the credential"
	 */
	public InvalidCredentialException(String problem) {
		super("The credential " + problem);
		this.problem = problem;
		this.shape = null;
	}

	/**
	 * Create the exception for a key of the wrong shape.
	 * @param shape what is wrong
	 */
	public InvalidCredentialException(KeyShape.Problem shape) {
		super("The credential " + shape.describe());
		this.problem = shape.describe();
		this.shape = shape;
	}

	/**
	 * Return what is wrong with the key's shape, for a caller that words it itself.
	 * @return the problem, or {@code null} when the credential failed otherwise (a file
	 * that cannot be read, for example)
	 */
	public KeyShape.@Nullable Problem getShape() {
		return this.shape;
	}

	/**
	 * Return what is wrong, phrased to follow the credential's name, for example
	 * {@code "is empty"}.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

}
