package io.github.genmedia.providers.api;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Downloads written to disk: the suggested name made safe, a target name as long as the
 * file system allows, and the permissions any new file gets.
 */
class DownloadsTest {

	@TempDir
	Path directory;

	@Test
	void aSuggestedPathBecomesItsFileNameAndTheHeaderIsKeptAsSent() throws IOException {
		String header = "attachment; filename=\"../../etc/evil.sh\"";

		DownloadedFile written = DownloadedFile.write(download("x", header), this.directory.resolve("out.sh"));

		assertThat(written.filename()).isEqualTo("evil.sh");
		assertThat(written.contentDisposition()).isEqualTo(header);
		assertThat(written.file()).isEqualTo(this.directory.resolve("out.sh"));
	}

	@Test
	void anEncodedSuggestedPathIsCutToo() throws IOException {
		DownloadedFile written = DownloadedFile.write(
				download("x", "attachment; filename*=UTF-8''..%2F..%2F.ssh%2Fauthorized_keys"),
				this.directory.resolve("out"));

		assertThat(written.filename()).isEqualTo("authorized_keys");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', value = { "report.pdf|report.pdf", "..\\..\\evil.bat|evil.bat",
			"C:\\Windows\\evil.bat|evil.bat", ".bashrc|bashrc", "...hidden.txt|hidden.txt", "..|download",
			"/|download", "' '|download", "a:b?.txt|a_b_.txt", "trailing. . |trailing",
			"Bericht März.pdf|Bericht März.pdf" })
	void suggestedNamesAreMadeSafe(String suggested, String safe) {
		assertThat(SafeFilename.of(suggested)).isEqualTo(safe);
	}

	@Test
	void controlAndInvisibleCharactersAreDropped() {
		assertThat(SafeFilename.of("in\u0000voice\r\n.pdf")).isEqualTo("invoice.pdf");
		// A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
		assertThat(SafeFilename.of("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(SafeFilename.of("\u200B\u0085.pdf")).isEqualTo("pdf");
		assertThat(SafeFilename.of(null)).isNull();
	}

	@Test
	void aTooLongSuggestedNameIsCutKeepingItsExtension() {
		String safe = SafeFilename.of("é".repeat(300) + ".pdf");

		assertThat(safe).endsWith(".pdf");
		assertThat(safe.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(255);
		assertThat(safe).isEqualTo("é".repeat(125) + ".pdf");
	}

	@Test
	void aTargetWithTheLongestNameTheFileSystemTakesIsWritten() throws IOException {
		Path target = this.directory.resolve("a".repeat(240) + ".pdf");

		DownloadedFile written = DownloadedFile.write(download("%PDF-", null), target);

		assertThat(Files.readString(target)).isEqualTo("%PDF-");
		assertThat(written.size()).isEqualTo(5);
		try (Stream<Path> files = Files.list(this.directory)) {
			assertThat(files).containsExactly(target);
		}
	}

	@Test
	void theTemporaryFileHasAShortHiddenNameBesideTheTarget() throws IOException {
		Path target = this.directory.resolve("a".repeat(240) + ".pdf");
		List<String> seen = new ArrayList<>();
		InputStream body = new FilterInputStream(new ByteArrayInputStream("%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				try (Stream<Path> files = Files.list(DownloadsTest.this.directory)) {
					files.map((file) -> file.getFileName().toString()).forEach(seen::add);
				}
				return super.read(buffer, offset, length);
			}
		};

		Downloads.writeTo(new ResponseEntity<>(body, HttpStatus.OK), target);

		assertThat(seen).isNotEmpty().allSatisfy((name) -> assertThat(name).matches("\\.dl-[0-9a-z]{1,13}\\.part"));
	}

	@Test
	void theFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
		assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
		Path reference = Files.writeString(this.directory.resolve("reference"), "");
		Path target = this.directory.resolve("song.mp3");

		Downloads.writeTo(download("ID3", null), target);

		assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
	}

	private static ResponseEntity<InputStream> download(String body, String contentDisposition) {
		HttpHeaders headers = new HttpHeaders();
		if (contentDisposition != null) {
			headers.set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition);
		}
		return new ResponseEntity<>(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), headers,
				HttpStatus.OK);
	}

}
