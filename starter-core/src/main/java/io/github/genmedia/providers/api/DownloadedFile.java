package io.github.genmedia.providers.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A download of a typed API (audio, a PDF, a ZIP) written to disk.
 *
 * @param file the file written
 * @param size its size in bytes
 * @param contentType the type the download was served with, or {@code null} when it
 * had none
 * @param filename the name the download suggested ({@code Content-Disposition}), made
 * safe to use as a file name: its last path segment, without control characters or
 * leading dots, {@code download} when nothing usable is left; {@code null} when it
 * suggested none
 * @param contentDisposition the {@code Content-Disposition} header as the download sent
 * it, or {@code null}; its file name is the sender's, which may be a path such as
 * {@code ../../etc/evil.sh}: never use it as a path
 * @since 0.1.0
 */
public record DownloadedFile(Path file, long size, @Nullable MediaType contentType, @Nullable String filename,
		@Nullable String contentDisposition) {

	public DownloadedFile {
		filename = SafeFilename.of(filename);
	}

	/**
	 * Create a download without its raw {@code Content-Disposition}.
	 * @param file the file written
	 * @param size its size in bytes
	 * @param contentType the type the download was served with, or {@code null}
	 * @param filename the name the download suggested, made safe; or {@code null}
	 */
	public DownloadedFile(Path file, long size, @Nullable MediaType contentType, @Nullable String filename) {
		this(file, size, contentType, filename, null);
	}

	/**
	 * Write a download to a file as it arrives, holding none of it in memory; the file
	 * appears only once complete, and the download is closed whatever happens.
	 * @param download the download, as a typed API method returning
	 * {@code ResponseEntity<InputStream>} gives it
	 * @param target the file, replaced if it exists
	 * @return the file written, with the download's type and suggested name
	 * @throws IOException if reading the download or writing the file fails
	 */
	public static DownloadedFile write(ResponseEntity<InputStream> download, Path target) throws IOException {
		long size = Downloads.writeTo(download, target);
		HttpHeaders headers = download.getHeaders();
		String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
		return new DownloadedFile(target, size, headers.getContentType(), filename(disposition), disposition);
	}

	private static @Nullable String filename(@Nullable String disposition) {
		if (disposition == null) {
			return null;
		}
		try {
			return ContentDisposition.parse(disposition).getFilename();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
