package io.github.genmedia.providers.keys;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class SecretFileTest {

	@TempDir
	Path directory;

	private SecretFile file;

	@AfterEach
	void close() {
		if (this.file != null) {
			this.file.close();
		}
	}

	@Test
	void theKeyIsReadTrimmedAndAnEditInPlaceIsReadAgainAndAnnounced() throws IOException {
		Path path = Files.writeString(this.directory.resolve("key"), "  key-one-0123456789\n");
		List<Credential> announced = new CopyOnWriteArrayList<>();
		this.file = SecretFile.open("sunor", path, Credential::of);
		this.file.onChange(announced::add);
		assertThat(this.file.current().reveal()).isEqualTo("key-one-0123456789");

		Files.writeString(path, "key-two-0123456789\n");

		await().atMost(Duration.ofSeconds(10)).until(() -> this.file.current().reveal().equals("key-two-0123456789"));
		assertThat(announced).extracting(Credential::reveal).containsExactly("key-two-0123456789");
		assertThat(this.file.problem()).isNull();
	}

	@Test
	void aSymbolicLinkSwapOfTheDataDirectoryIsReadAgain() throws IOException {
		Files.createDirectories(this.directory.resolve("..v1"));
		Files.writeString(this.directory.resolve("..v1/key"), "key-one-0123456789");
		Files.createSymbolicLink(this.directory.resolve("..data"), Path.of("..v1"));
		Path path = Files.createSymbolicLink(this.directory.resolve("key"), Path.of("..data/key"));
		this.file = SecretFile.open("sunor", path, Credential::of);

		Files.createDirectories(this.directory.resolve("..v2"));
		Files.writeString(this.directory.resolve("..v2/key"), "key-two-0123456789");
		Files.createSymbolicLink(this.directory.resolve("..data_tmp"), Path.of("..v2"));
		Files.move(this.directory.resolve("..data_tmp"), this.directory.resolve("..data"), StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.file.current().reveal().equals("key-two-0123456789"));
	}

	@Test
	void contentThatCannotBeUsedKeepsTheLastGoodKeyUntilAGoodOneArrives() throws IOException {
		Path path = Files.writeString(this.directory.resolve("key"), "key-one-0123456789");
		this.file = SecretFile.open("autype", path, Credential::of);

		replace(path, "key\u200Btwo-0123456789");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.file.problem() != null);
		assertThat(this.file.problem()).isEqualTo("the credential in file " + path + " contains a character HTTP headers "
				+ "cannot carry (only visible ASCII and spaces) at position 4");
		assertThat(this.file.current().reveal()).isEqualTo("key-one-0123456789");

		Files.delete(path);
		await().atMost(Duration.ofSeconds(10)).until(() -> ("the credential file " + path + " does not exist").equals(this.file.problem()));
		assertThat(this.file.current().reveal()).isEqualTo("key-one-0123456789");

		Files.writeString(path, "key-three-0123456789", StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.file.problem() == null);
		assertThat(this.file.current().reveal()).isEqualTo("key-three-0123456789");
	}

	@Test
	void aFileThatStaysInvalidIsWarnedAboutOnceWithoutTheSecret() throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger(SecretFile.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			Path path = Files.writeString(this.directory.resolve("key"), "key-one-0123456789");
			this.file = SecretFile.open("whisul", path, Credential::of);
			replace(path, "key-two\n0123456789");
			await().atMost(Duration.ofSeconds(10)).until(() -> this.file.problem() != null);
			replace(path, "key-two\n0123456789 ");
			this.file.reload();
			this.file.reload();
			assertThat(appender.list).filteredOn((event) -> event.getLevel() == Level.WARN)
				.singleElement()
				.satisfies((event) -> assertThat(event.getFormattedMessage())
					.startsWith("Provider 'whisul': the credential in file " + path)
					.endsWith("; keeping the last good credential")
					.doesNotContain("key-two")
					.doesNotContain("0123456789"));
		}
		finally {
			logger.detachAppender(appender);
		}
	}

	@Test
	void aDirectoryDeletedAndMadeAgainIsWatchedAgain() throws IOException {
		Path secrets = Files.createDirectories(this.directory.resolve("secrets"));
		Path path = Files.writeString(secrets.resolve("key"), "key-one-0123456789");
		this.file = SecretFile.open("sunor", path, Credential::of);

		Files.delete(path);
		Files.delete(secrets);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.file.problem() != null);
		Files.createDirectories(secrets);
		Files.writeString(path, "key-two-0123456789");
		// Seen at the latest by the rescan; after it, the new directory is watched again.
		await().atMost(Duration.ofSeconds(25)).until(() -> this.file.current().reveal().equals("key-two-0123456789"));
		Files.writeString(path, "key-three-0123456789");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.file.current().reveal().equals("key-three-0123456789"));
	}

	@Test
	void manyReplacementsInARowEndWithTheLastOneReadWithoutAFalseAlarm() throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger(SecretFile.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			Path path = Files.writeString(this.directory.resolve("key"), "key-0-0123456789");
			List<Credential> announced = new CopyOnWriteArrayList<>();
			this.file = SecretFile.open("sunor", path, Credential::of);
			this.file.onChange(announced::add);
			for (int i = 1; i <= 10; i++) {
				replace(path, "key-" + i + "-0123456789");
			}
			// Sooner than the first periodic read (10 s after opening): the events told of it.
			await().atMost(Duration.ofSeconds(5))
				.until(() -> !announced.isEmpty() && announced.get(announced.size() - 1).reveal().equals("key-10-0123456789"));
			assertThat(this.file.current().reveal()).isEqualTo("key-10-0123456789");
			assertThat(appender.list).noneMatch((event) -> event.getLevel() == Level.WARN);
			assertThat(this.file.problem()).isNull();
		}
		finally {
			logger.detachAppender(appender);
		}
	}

	@Test
	void aMissingOrEmptyFileAtStartIsAProblemNamingTheFileNotTheContent() throws IOException {
		Path missing = this.directory.resolve("nope");
		assertThatExceptionOfType(InvalidCredentialException.class)
			.isThrownBy(() -> SecretFile.open("sunor", missing, Credential::of))
			.withMessage("The credential file " + missing + " does not exist");
		Path empty = Files.writeString(this.directory.resolve("empty"), "\n");
		assertThatExceptionOfType(InvalidCredentialException.class)
			.isThrownBy(() -> SecretFile.open("sunor", empty, Credential::of))
			.withMessage("The credential in file " + empty + " is empty");
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedWithoutItsContentOrSize() throws IOException {
		Path exact = Files.writeString(this.directory.resolve("exact"), "k".repeat(SecretFile.MAX_BYTES));
		assertThat(SecretFile.read(exact, Credential::of).length()).isEqualTo(SecretFile.MAX_BYTES);

		Path large = Files.writeString(this.directory.resolve("large"), "k".repeat(SecretFile.MAX_BYTES) + "\n");
		assertThatExceptionOfType(SecretFileTooLargeException.class)
			.isThrownBy(() -> SecretFile.open("sunor", large, Credential::of))
			.withMessage("The credential file " + large + " holds more than 16 KiB, the most a credential file may hold")
			.satisfies((ex) -> assertThat(ex.getLimit()).isEqualTo(16 * 1024));
	}

	@Test
	void aHugeFileIsNeverReadWhole() throws IOException {
		// Sparse: 3 GiB that take no disk, and more than any String can hold, so reading
		// the whole file fails where reading up to the limit does not.
		Path huge = this.directory.resolve("huge");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(3L * 1024 * 1024 * 1024);
		}
		assertThatExceptionOfType(SecretFileTooLargeException.class).isThrownBy(() -> SecretFile.read(huge, Credential::of))
			.withMessage("The credential file " + huge + " holds more than 16 KiB, the most a credential file may hold");
	}

	@Test
	void aRotatedFileThatGrowsPastTheLimitKeepsTheLastGoodKey() throws IOException {
		Path path = Files.writeString(this.directory.resolve("key"), "key-one-0123456789");
		this.file = SecretFile.open("sunor", path, Credential::of);

		replace(path, "key-two-0123456789\n".repeat(1000));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.file.problem() != null);
		assertThat(this.file.problem())
			.isEqualTo("the credential file " + path + " holds more than 16 KiB, the most a credential file may hold");
		assertThat(this.file.current().reveal()).isEqualTo("key-one-0123456789");
	}

	@Test
	void aBadFileIsDescribedByTheProblemsPositionAloneNeverByItsContentOrLength() throws IOException {
		// What a symbolic link pointed at by mistake might hold.
		Path path = Files.writeString(this.directory.resolve("key"), "\n  root:x:0:0:root:/root:/bin/bash\nroot2:x");
		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> SecretFile.read(path, Credential::of))
			.withMessage("The credential in file " + path + " contains a character HTTP headers cannot carry (only "
					+ "visible ASCII and spaces) at position 35");
		Path latin = Files.writeString(this.directory.resolve("latin"), "clé-0123456789");
		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> SecretFile.read(latin, Credential::of))
			.withMessage("The credential in file " + latin + " contains a character HTTP headers cannot carry (only "
					+ "visible ASCII and spaces) at position 3");
		Path binary = Files.write(this.directory.resolve("binary"), new byte[] { 'k', (byte) 0xC3, (byte) 0x28 });
		assertThatExceptionOfType(InvalidCredentialException.class).isThrownBy(() -> SecretFile.read(binary, Credential::of))
			.withMessage("The credential file " + binary + " is not UTF-8 text");
		assertThatExceptionOfType(InvalidCredentialException.class)
			.isThrownBy(() -> SecretFile.read(this.directory, Credential::of))
			.withMessage("The credential file " + this.directory + " is not a regular file");
	}

	@Test
	void closingStopsTheWatchingThreads() throws IOException {
		Path path = Files.writeString(this.directory.resolve("key"), "key-one-0123456789");
		this.file = SecretFile.open("closing", path, Credential::of);
		await().atMost(Duration.ofSeconds(5)).until(() -> Thread.getAllStackTraces().keySet().stream()
			.anyMatch((thread) -> thread.getName().startsWith("genmedia-secret-file-closing-")));
		this.file.close();
		await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
			.noneMatch((thread) -> thread.getName().startsWith("genmedia-secret-file-closing-")));
	}

	/**
	 * Write the file as Kubernetes and careful editors do: a whole new file renamed over
	 * the old one, so that a read at any moment sees one or the other, never an empty or
	 * half-written file (which a write in place shows to a read that comes between its
	 * truncation and its write, as on a busy machine).
	 */
	private static void replace(Path path, String content) throws IOException {
		Path next = Files.writeString(path.resolveSibling(path.getFileName() + ".next"), content);
		Files.move(next, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

}
