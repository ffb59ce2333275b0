package io.github.genmedia.providers.keys;

import java.nio.file.Path;

import io.github.genmedia.providers.auth.InvalidCredentialException;

/**
 * Thrown when a secret file holds more than {@link SecretFile#MAX_BYTES}: it is not a
 * key or a cookie but something else (a log, a certificate bundle, a file a symbolic
 * link was pointed at by mistake), and it is neither used nor read further. The message
 * names the file and the limit, never the content or the file's size.
 *
 * @since 0.1.0
 */
public class SecretFileTooLargeException extends InvalidCredentialException {

	private final Path file;

	private final int limit;

	public SecretFileTooLargeException(Path file, int limit) {
		super("file " + file + " holds more than " + (limit / 1024) + " KiB, the most a credential file may hold");
		this.file = file;
		this.limit = limit;
	}

	/**
	 * Return the file.
	 * @return the file as configured
	 */
	public Path getFile() {
		return this.file;
	}

	/**
	 * Return the most a credential file may hold.
	 * @return the limit in bytes
	 */
	public int getLimit() {
		return this.limit;
	}

}
