package io.github.genmedia.providers.keys;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Tells of any change around one file: in its directory, and in the directory of the
 * file it resolves to. An editor writes the file itself; Kubernetes swaps a
 * {@code ..data} symbolic link beside it and leaves the old target's directory to be
 * deleted. Each burst of changes runs the callback once it has been quiet for
 * {@value #QUIET_MILLIS} ms, on one daemon thread (the JDK's watch service has one of its
 * own), which then watches the directory the file resolves to now; and every
 * {@value #RESCAN_SECONDS} s without a change, for changes no event told of.
 */
final class FileWatch implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(FileWatch.class);

	/** How long the directory must stay quiet before the file is read. */
	static final long QUIET_MILLIS = 150;

	/** The longest a burst of changes delays the read. */
	static final long MAX_BURST_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** How often the file is read when no change was seen. */
	static final long RESCAN_SECONDS = 10;

	private final Path file;

	private final Runnable onChange;

	private final WatchService watcher;

	private final Set<Path> watched = new HashSet<>();

	FileWatch(Path file, String threadName, Runnable onChange) throws IOException {
		this.file = file;
		this.onChange = onChange;
		this.watcher = file.getFileSystem().newWatchService();
		try {
			follow();
		}
		catch (IOException | RuntimeException ex) {
			this.watcher.close();
			throw ex;
		}
		Thread thread = new Thread(this::watch, threadName);
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Watch the directories the file lives in now.
	 * @throws IOException if a directory cannot be watched
	 */
	synchronized void follow() throws IOException {
		register(this.file.getParent());
		if (Files.exists(this.file)) {
			register(this.file.toRealPath().getParent());
		}
	}

	private void register(@Nullable Path directory) throws IOException {
		if (directory != null && !this.watched.contains(directory)) {
			directory.register(this.watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
					StandardWatchEventKinds.ENTRY_DELETE);
			this.watched.add(directory);
		}
	}

	private void watch() {
		try {
			while (true) {
				// Also every RESCAN_SECONDS without an event: a network file system sends
				// none, and a directory deleted and made again is watched anew only then.
				WatchKey key = this.watcher.poll(RESCAN_SECONDS, TimeUnit.SECONDS);
				// A write truncates before it writes, and an editor renames its copy into
				// place: read once things are quiet, not the empty or missing file between.
				long burst = System.nanoTime();
				while (key != null) {
					key.pollEvents();
					if (!key.reset()) {
						synchronized (this) {
							this.watched.remove((Path) key.watchable());
						}
					}
					// In a directory that is never quiet, read at the latest after a while.
					key = (System.nanoTime() - burst < MAX_BURST_NANOS)
							? this.watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) : null;
				}
				try {
					this.onChange.run();
				}
				catch (RuntimeException ex) {
					// The next change is read all the same.
					logger.debug("Reading a changed file failed", ex);
				}
			}
		}
		catch (ClosedWatchServiceException | InterruptedException ex) {
			// closed
		}
	}

	@Override
	public void close() throws IOException {
		this.watcher.close();
	}

}
