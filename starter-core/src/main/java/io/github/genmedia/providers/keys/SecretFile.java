package io.github.genmedia.providers.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.HeaderValues;
import io.github.genmedia.providers.auth.InvalidCredentialException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * A credential read from a file, as Kubernetes and Docker mount secrets, and read again
 * when the file changes.
 * <p>
 * The file's directory is watched, and so is the directory of the file it resolves to:
 * an editor writing in place changes the file, while Kubernetes swaps a {@code ..data}
 * symbolic link beside it, and both count. A change is read at once, in the read lane of
 * the {@link FileWatches} (the starter's: one thread waits for the changes of every
 * file), so listeners (Suno's account) hear of it without waiting for a request. A file that
 * becomes unreadable or invalid keeps the last good credential, logs one warning without
 * the secret, and reports the problem until a good one is read. A file larger than
 * {@link #MAX_BYTES} is never used, and never read past that.
 *
 * @since 0.1.0
 */
public final class SecretFile implements KeySupply, AutoCloseable {

	/**
	 * The most a secret file may hold: 16 KiB. API keys are under 200 characters; the
	 * largest secret read from a file is a Suno {@code Cookie} header copied from a
	 * browser, a few KiB with the site's analytics cookies, and never more than the
	 * browser could send: servers refuse a header line past 8 KiB (nginx, Apache) to
	 * 16 KiB (Node.js), so twice nginx's limit leaves room for any header that worked.
	 * A larger file is something else; since the file is read again on every change and
	 * every 10 s, no more than this and one byte of it is ever read.
	 */
	public static final int MAX_BYTES = 16 * 1024;

	private static final Log logger = LogFactory.getLog(SecretFile.class);

	private final String provider;

	private final Path path;

	private final Function<String, Credential> parser;

	/** Set once the watch runs; a change it reports at once may come before. */
	private volatile @Nullable FileWatch watch;

	/** The watches this file opened for itself, closed with it, or {@code null}. */
	private final @Nullable FileWatches ownWatches;

	private final List<Consumer<Credential>> listeners = new CopyOnWriteArrayList<>();

	private volatile Credential current;

	private volatile @Nullable String problem;

	private SecretFile(String provider, Path path, Function<String, Credential> parser, Credential first,
			@Nullable FileWatches watches) throws IOException {
		this.provider = provider;
		this.path = path.toAbsolutePath();
		this.parser = parser;
		this.current = first;
		FileWatches watching = (watches != null) ? watches
				: FileWatches.ownThreads("genmedia-secret-file-" + provider);
		this.ownWatches = (watches != null) ? null : watching;
		try {
			this.watch = watching.watch(this.path, this::reload);
		}
		catch (IOException | RuntimeException ex) {
			if (watches == null) {
				watching.close();
			}
			throw ex;
		}
	}

	/**
	 * Read a secret file and watch it from now on, on threads of its own (a waiting
	 * thread, a timer thread and a reading thread) that {@link #close()} stops.
	 * @param provider the provider's name, for logs
	 * @param path the file
	 * @param parser checks the file's content and makes the credential; it throws
	 * {@link InvalidCredentialException} (whose message never quotes the value) when the
	 * content cannot be used
	 * @return the watched file
	 * @throws InvalidCredentialException if the file cannot be read or holds no usable
	 * credential; the problem names the file, never its content
	 */
	public static SecretFile open(String provider, Path path, Function<String, Credential> parser) {
		return open(provider, path, parser, null);
	}

	/**
	 * Read a secret file and watch it from now on with shared watches.
	 * @param provider the provider's name, for logs
	 * @param path the file
	 * @param parser checks the file's content and makes the credential, as for
	 * {@link #open(String, Path, Function)}
	 * @param watches the watches that tell of changes, as the starter's, or {@code null}
	 * for threads of the file's own
	 * @return the watched file
	 * @throws InvalidCredentialException if the file cannot be read or holds no usable
	 * credential; the problem names the file, never its content
	 */
	public static SecretFile open(String provider, Path path, Function<String, Credential> parser,
			@Nullable FileWatches watches) {
		Credential first = read(path, parser);
		try {
			return new SecretFile(provider, path, parser, first, watches);
		}
		catch (IOException ex) {
			throw new InvalidCredentialException("file " + path + " cannot be watched (" + ex.getClass().getSimpleName()
					+ ")");
		}
	}

	/**
	 * Return the credential the file held when last read well.
	 * @return the credential
	 */
	public Credential current() {
		return this.current;
	}

	@Override
	public List<Credential> keys() {
		return List.of(this.current);
	}

	@Override
	public @Nullable String problem() {
		return this.problem;
	}

	/**
	 * Be told of each new credential the file holds.
	 * @param listener called in the watches' read lane with the new credential, holding this
	 * file's monitor, so that a caller synchronizing on the file sees changes in order
	 */
	public void onChange(Consumer<Credential> listener) {
		this.listeners.add(listener);
	}

	/**
	 * Read the file again now, as a change in its directory does.
	 */
	public synchronized void reload() {
		String watching = follow();
		Credential read;
		try {
			read = read(this.path, this.parser);
		}
		catch (InvalidCredentialException ex) {
			problem("the credential " + ex.getProblem());
			return;
		}
		if (!read.equals(this.current)) {
			this.current = read;
			logger.info(LogMessage.format("Provider '%s': credential file %s changed; using its new credential (%d "
					+ "characters)", this.provider, this.path, read.length()));
			this.listeners.forEach((listener) -> listener.accept(read));
		}
		if (watching != null) {
			problem(watching);
		}
		else {
			this.problem = null;
		}
	}

	/**
	 * Watch the directories the file lives in now, a directory made again included.
	 * @return why they cannot be watched, or {@code null}
	 */
	private @Nullable String follow() {
		FileWatch watch = this.watch;
		try {
			if (watch != null) {
				watch.follow();
			}
			return null;
		}
		catch (IOException | RuntimeException ex) {
			return "the credential file " + this.path + " cannot be watched (" + ex.getClass().getSimpleName()
					+ "); it is read again every " + FileWatch.RESCAN_SECONDS + " s";
		}
	}

	private void problem(String now) {
		if (!now.equals(this.problem)) {
			logger.warn(LogMessage.format("Provider '%s': %s; keeping the last good credential", this.provider, now));
		}
		this.problem = now;
	}

	/**
	 * Read a secret file once, as at startup.
	 * <p>
	 * At most {@link #MAX_BYTES} and one more byte are read, whatever the file's size,
	 * and only from a regular file: a symbolic link may point anywhere (a log, a device,
	 * a pipe that never ends). A file that cannot be used is described by its path and
	 * by the position of a character a header cannot carry, never by its content or its
	 * length, since the file may not be a secret of the application's at all.
	 * @param path the file
	 * @param parser checks the content and makes the credential
	 * @return the credential
	 * @throws InvalidCredentialException if the file cannot be read or holds no usable
	 * credential ({@link SecretFileTooLargeException} when it holds more than
	 * {@link #MAX_BYTES}); the problem names the file, never its content
	 */
	public static Credential read(Path path, Function<String, Credential> parser) {
		String content = decode(path, readAtMostLimit(path));
		String key = content.strip();
		int unsendable = HeaderValues.firstUnsendable(key);
		if (unsendable >= 0) {
			int position = content.length() - content.stripLeading().length() + unsendable + 1;
			throw new InvalidCredentialException("in file " + path + " contains a character HTTP headers cannot carry "
					+ "(only visible ASCII and spaces) at position " + position);
		}
		try {
			return parser.apply(content);
		}
		catch (InvalidCredentialException ex) {
			throw new InvalidCredentialException("in file " + path + " " + ex.getProblem());
		}
	}

	private static byte[] readAtMostLimit(Path path) {
		try {
			if (!Files.isRegularFile(path)) {
				throw new InvalidCredentialException(Files.exists(path) ? "file " + path + " is not a regular file"
						: "file " + path + " does not exist");
			}
			try (InputStream in = Files.newInputStream(path)) {
				byte[] bytes = in.readNBytes(MAX_BYTES + 1);
				if (bytes.length > MAX_BYTES) {
					throw new SecretFileTooLargeException(path, MAX_BYTES);
				}
				return bytes;
			}
		}
		catch (NoSuchFileException ex) {
			throw new InvalidCredentialException("file " + path + " does not exist");
		}
		catch (InvalidCredentialException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidCredentialException("file " + path + " cannot be read (" + ex.getClass().getSimpleName()
					+ ")");
		}
	}

	private static String decode(Path path, byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidCredentialException("file " + path + " is not UTF-8 text");
		}
	}

	/**
	 * Stop watching.
	 */
	@Override
	public void close() {
		FileWatch watch = this.watch;
		if (watch != null) {
			watch.close();
		}
		if (this.ownWatches != null) {
			this.ownWatches.close();
		}
	}

	@Override
	public String toString() {
		return "SecretFile[" + this.provider + ", " + this.path + "]";
	}

}
