package io.github.genmedia.providers.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Tells of any change around one file: in its directory, and in the directory of the
 * file it resolves to. An editor writes the file itself; Kubernetes swaps a
 * {@code ..data} symbolic link beside it and leaves the old target's directory to be
 * deleted. Each burst of changes runs the callback once it has been quiet for
 * {@value #QUIET_MILLIS} ms (at the latest {@value #MAX_BURST_MILLIS} ms after it
 * began), and every {@value #RESCAN_SECONDS} s for changes no event told of; the callback
 * then watches the directory the file resolves to now. The events come from the shared
 * {@link FileWatches}; the timers are its scheduler's, and so is the clock that measures
 * quiet and bursts; the callback runs in its read lane.
 */
final class FileWatch implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(FileWatch.class);

	/** How long the directory must stay quiet before the file is read. */
	static final long QUIET_MILLIS = 150;

	/** The longest a burst of changes delays the read. */
	static final long MAX_BURST_MILLIS = 1000;

	/** How often the file is read when no change was seen. */
	static final long RESCAN_SECONDS = 10;

	private final FileWatches watches;

	private final Path file;

	private final Runnable onChange;

	private final Set<Path> watched = new HashSet<>();

	/** When the burst of changes being waited out began, or {@code null}. */
	private @Nullable Instant burstStart;

	private @Nullable ScheduledFuture<?> quiet;

	private @Nullable ScheduledFuture<?> rescan;

	private volatile boolean closed;

	FileWatch(FileWatches watches, Path file, Runnable onChange) {
		this.watches = watches;
		this.file = file;
		this.onChange = onChange;
	}

	/** Start the periodic read: also for a network file system, which sends no events. */
	synchronized void start() {
		Duration every = Duration.ofSeconds(RESCAN_SECONDS);
		this.rescan = this.watches.timers()
			.scheduleWithFixedDelay(() -> this.watches.read(this::read), this.watches.timers().getClock().instant().plus(every),
					every);
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
		if (directory != null && !this.closed && !this.watched.contains(directory)) {
			this.watches.register(directory, this);
			this.watched.add(directory);
		}
	}

	/** A watched directory is gone; it is watched again if it comes back. */
	synchronized void lost(Path directory) {
		this.watched.remove(directory);
	}

	/**
	 * Something changed in a watched directory. A write truncates before it writes, and
	 * an editor renames its copy into place: read once things are quiet, not the empty or
	 * missing file between; in a directory that is never quiet, at the latest after a
	 * while.
	 */
	synchronized void changed() {
		if (this.closed) {
			return;
		}
		Instant now = this.watches.timers().getClock().instant();
		if (this.burstStart == null) {
			this.burstStart = now;
		}
		long leftOfBurst = MAX_BURST_MILLIS - Duration.between(this.burstStart, now).toMillis();
		if (this.quiet != null) {
			this.quiet.cancel(false);
		}
		long wait = Math.max(0, Math.min(QUIET_MILLIS, leftOfBurst));
		try {
			this.quiet = this.watches.timers().schedule(this::quietNow, now.plusMillis(wait));
		}
		catch (RuntimeException ex) {
			// The scheduler stopped: the application is stopping.
			this.quiet = null;
		}
	}

	private void quietNow() {
		synchronized (this) {
			this.burstStart = null;
			this.quiet = null;
		}
		this.watches.read(this::read);
	}

	private void read() {
		if (this.closed) {
			return;
		}
		try {
			this.onChange.run();
		}
		catch (RuntimeException ex) {
			// The next change is read all the same.
			logger.debug("Reading a changed file failed", ex);
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			if (this.quiet != null) {
				this.quiet.cancel(false);
			}
			if (this.rescan != null) {
				this.rescan.cancel(false);
			}
		}
		this.watches.unregister(this);
	}

}
