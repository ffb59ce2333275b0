package io.github.genmedia.providers.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.ResponseEntity;
import org.springframework.util.Assert;

/**
 * Writes a download of a typed API ({@code ResponseEntity<InputStream>}: audio, a PDF) to
 * a file or a stream as it arrives, so that a file of any size costs a buffer of memory,
 * not its size.
 * <p>
 * A typed API method that returns {@code ResponseEntity<InputStream>} leaves the
 * connection open until the stream is closed; these methods always close it.
 *
 * @since 0.1.0
 */
public final class Downloads {

	/** Tries at a temporary name nobody else has, before giving up. */
	private static final int MAX_ATTEMPTS = 100;

	private Downloads() {
	}

	/**
	 * Write a download to a file. The bytes go to a temporary file beside it
	 * ({@code .dl-<random>.part}, short whatever the file's name), which replaces the file
	 * only once the download is complete, so a failed download never leaves half a file
	 * behind. The file gets the permissions any new file gets (the process's umask), as
	 * with {@link Files#copy(InputStream, Path, java.nio.file.CopyOption...)}.
	 * @param download the download
	 * @param target the file, replaced if it exists
	 * @return the number of bytes written
	 * @throws IOException if reading the download or writing the file fails
	 */
	public static long writeTo(ResponseEntity<InputStream> download, Path target) throws IOException {
		InputStream body = (download.getBody() != null) ? download.getBody() : InputStream.nullInputStream();
		// Closed whatever happens, a failure to create the file included: an open body
		// holds the connection.
		try (body) {
			Path absolute = target.toAbsolutePath();
			Path directory = absolute.getParent();
			Assert.state(directory != null, "A file to download to must have a directory");
			Files.createDirectories(directory);
			Path partial = createPartial(directory);
			try {
				long written;
				try (OutputStream out = Files.newOutputStream(partial)) {
					written = body.transferTo(out);
				}
				Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				return written;
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
	}

	/**
	 * Create the temporary file of a download: a short name, since the target's own name
	 * may be as long as the file system allows, and no permissions of its own, unlike
	 * {@link Files#createTempFile}'s owner-only ones, which the finished file would keep.
	 * The name is new ({@code CREATE_NEW}), so nothing that was there is written through.
	 */
	private static Path createPartial(Path directory) throws IOException {
		for (int attempt = 1;; attempt++) {
			Path partial = directory.resolve(".dl-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
					+ ".part");
			try {
				return Files.createFile(partial);
			}
			catch (FileAlreadyExistsException ex) {
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Write a download to a stream, which is left open.
	 * @param download the download
	 * @param target the stream
	 * @return the number of bytes written
	 * @throws IOException if reading the download or writing the stream fails
	 */
	public static long writeTo(ResponseEntity<InputStream> download, OutputStream target) throws IOException {
		InputStream body = download.getBody();
		if (body == null) {
			return 0;
		}
		try (body) {
			return body.transferTo(target);
		}
	}

}
