package io.github.genmedia.providers.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.http.ResponseEntity;
import org.springframework.util.Assert;

/**
 * Writes a download of a typed API ({@code ResponseEntity<InputStream>}: audio, a PDF) to
 * a file or a stream as it arrives, so that a file of any size costs a buffer of memory,
 * not its size.
 * <p>
 * A typed API method that returns {@code ResponseEntity<InputStream>} leaves the
 * connection open until the stream is closed; these methods always close it.
 */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * Write a download to a file. The bytes go to a temporary file beside it, which
	 * replaces the file only once the download is complete, so a failed download never
	 * leaves half a file behind.
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
			Path partial = Files.createTempFile(directory, absolute.getFileName().toString(), ".part");
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
