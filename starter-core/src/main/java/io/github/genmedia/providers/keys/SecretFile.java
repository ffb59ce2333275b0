package io.github.genmedia.providers.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.genmedia.providers.auth.Credential;
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
 * symbolic link beside it, and both count. A change is read on a daemon thread at once,
 * so listeners (Suno's account) hear of it without waiting for a request. A file that
 * becomes unreadable or invalid keeps the last good credential, logs one warning without
 * the secret, and reports the problem until a good one is read.
 */
public final class SecretFile implements KeySupply, AutoCloseable {

	private static final Log logger = LogFactory.getLog(SecretFile.class);

	private final String provider;

	private final Path path;

	private final Function<String, Credential> parser;

	/** Set once the watch runs; a change it reports at once may come before. */
	private volatile @Nullable FileWatch watch;

	private final List<Consumer<Credential>> listeners = new CopyOnWriteArrayList<>();

	private volatile Credential current;

	private volatile @Nullable String problem;

	private SecretFile(String provider, Path path, Function<String, Credential> parser, Credential first)
			throws IOException {
		this.provider = provider;
		this.path = path.toAbsolutePath();
		this.parser = parser;
		this.current = first;
		this.watch = new FileWatch(this.path, "genmedia-secret-file-" + provider, this::reload);
	}

	/**
	 * Read a secret file and watch it from now on.
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
		Credential first = read(path, parser);
		try {
			return new SecretFile(provider, path, parser, first);
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
	 * @param listener called on the watching thread with the new credential, holding this
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
	 * @param path the file
	 * @param parser checks the content and makes the credential
	 * @return the credential
	 * @throws InvalidCredentialException if the file cannot be read or holds no usable
	 * credential; the problem names the file, never its content
	 */
	public static Credential read(Path path, Function<String, Credential> parser) {
		String content;
		try {
			content = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new InvalidCredentialException("file " + path + " does not exist");
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidCredentialException("file " + path + " cannot be read (" + ex.getClass().getSimpleName()
					+ ")");
		}
		try {
			return parser.apply(content);
		}
		catch (InvalidCredentialException ex) {
			throw new InvalidCredentialException("in file " + path + " " + ex.getProblem());
		}
	}

	/**
	 * Stop watching.
	 */
	@Override
	public void close() {
		try {
			FileWatch watch = this.watch;
			if (watch != null) {
				watch.close();
			}
		}
		catch (IOException ex) {
			logger.debug("Closing the watch service failed", ex);
		}
	}

	@Override
	public String toString() {
		return "SecretFile[" + this.provider + ", " + this.path + "]";
	}

}
