package io.github.genmedia.providers.auth;

/**
 * Thrown when a credential cannot be used. The message says what is wrong with the
 * value (for example that it contains a line break) and never contains the value.
 */
public class InvalidCredentialException extends IllegalArgumentException {

	private final String problem;

	public InvalidCredentialException(String problem) {
		super("The credential " + problem);
		this.problem = problem;
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
