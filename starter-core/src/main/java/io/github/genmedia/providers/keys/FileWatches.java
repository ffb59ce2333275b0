package io.github.genmedia.providers.keys;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.genmedia.providers.scheduling.Bulkheads;
import io.github.genmedia.providers.scheduling.StarterSchedulers;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Watches any number of credential files with one JDK {@link WatchService} and one thread
 * waiting on it, whatever the number of files: the thread only tells each file's
 * {@link FileWatch} that its directory changed. Quiet periods, the periodic read and the
 * reads themselves are timed by a {@link TaskScheduler} and run in the {@value #READ_LANE}
 * lane of the given {@link Bulkheads}, so a file system that hangs a read holds neither
 * the watching thread nor the scheduler's.
 *
 * @since 0.1.0
 */
public final class FileWatches implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(FileWatches.class);

	/** The lane the thread waiting for the watch service runs in. */
	static final String WATCH_LANE = "watch";

	/** The lane files are read in. */
	static final String READ_LANE = "read";

	private final TaskScheduler timers;

	private final Bulkheads work;

	private final @Nullable ThreadPoolTaskScheduler ownTimers;

	/** Per file system (in practice the default one): its service and who watches what. */
	private final Map<FileSystem, Service> services = new HashMap<>();

	private boolean closed;

	/**
	 * Watch files on shared threads.
	 * @param timers times quiet periods and periodic reads; never blocked by a read
	 * @param work runs the waiting thread in its {@value #WATCH_LANE} lane and the reads in
	 * its {@value #READ_LANE} lane; {@link #close()} leaves it open
	 */
	public FileWatches(TaskScheduler timers, Bulkheads work) {
		this(timers, work, null);
	}

	private FileWatches(TaskScheduler timers, Bulkheads work, @Nullable ThreadPoolTaskScheduler ownTimers) {
		this.timers = timers;
		this.work = work;
		this.ownTimers = ownTimers;
	}

	/**
	 * Watch files on threads of their own, stopped by {@link #close()}: as a
	 * {@link SecretFile} opened without the starter's threads.
	 * @param threadNamePrefix the start of the threads' names
	 * @return the watches
	 */
	static FileWatches ownThreads(String threadNamePrefix) {
		ThreadPoolTaskScheduler timers = StarterSchedulers.platform(threadNamePrefix + "-timer-", 1);
		return new FileWatches(timers, Bulkheads.ofPlatformThreads(threadNamePrefix + "-", 1), timers);
	}

	/**
	 * Tell of changes around a file, until the returned watch is closed.
	 * @param file the file
	 * @param onChange runs in the read lane after each burst of changes and periodically
	 * @return the watch
	 * @throws IOException if the file's directory cannot be watched
	 */
	FileWatch watch(Path file, Runnable onChange) throws IOException {
		FileWatch watch = new FileWatch(this, file, onChange);
		try {
			watch.follow();
		}
		catch (IOException | RuntimeException ex) {
			watch.close();
			throw ex;
		}
		watch.start();
		return watch;
	}

	TaskScheduler timers() {
		return this.timers;
	}

	void read(Runnable read) {
		this.work.execute(READ_LANE, read);
	}

	/** Watch a directory for a file; the first directory of a file system starts the waiting thread. */
	synchronized void register(Path directory, FileWatch watch) throws IOException {
		if (this.closed) {
			throw new ClosedWatchServiceException();
		}
		Service service = this.services.get(directory.getFileSystem());
		if (service == null) {
			service = new Service(directory.getFileSystem().newWatchService());
			this.services.put(directory.getFileSystem(), service);
			Service started = service;
			this.work.execute(WATCH_LANE, () -> waitForChanges(started));
		}
		WatchKey key = directory.register(service.watcher, StandardWatchEventKinds.ENTRY_CREATE,
				StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
		service.watches.computeIfAbsent(key, (registered) -> new LinkedHashSet<>()).add(watch);
	}

	/** Stop telling a watch of changes; a directory nobody watches any more is cancelled. */
	synchronized void unregister(FileWatch watch) {
		for (Service service : this.services.values()) {
			service.watches.entrySet().removeIf((entry) -> {
				entry.getValue().remove(watch);
				if (entry.getValue().isEmpty()) {
					entry.getKey().cancel();
					return true;
				}
				return false;
			});
		}
	}

	private synchronized List<FileWatch> watchesOf(Service service, WatchKey key, boolean valid) {
		Set<FileWatch> watches = valid ? service.watches.get(key) : service.watches.remove(key);
		return (watches != null) ? List.copyOf(watches) : List.of();
	}

	private void waitForChanges(Service service) {
		try {
			while (true) {
				WatchKey key = service.watcher.take();
				key.pollEvents();
				boolean valid = key.reset();
				for (FileWatch watch : watchesOf(service, key, valid)) {
					if (!valid) {
						// The directory is gone: watched anew once it exists again.
						watch.lost((Path) key.watchable());
					}
					watch.changed();
				}
			}
		}
		catch (ClosedWatchServiceException | InterruptedException ex) {
			// closed
		}
	}

	/**
	 * Stop every watch; threads of its own stop with it.
	 */
	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			for (Service service : this.services.values()) {
				try {
					service.watcher.close();
				}
				catch (IOException ex) {
					logger.debug("Closing a watch service failed", ex);
				}
			}
			this.services.clear();
		}
		if (this.ownTimers != null) {
			this.work.close();
			this.ownTimers.shutdown();
		}
	}

	private record Service(WatchService watcher, Map<WatchKey, Set<FileWatch>> watches) {

		Service(WatchService watcher) {
			this(watcher, new HashMap<>());
		}

	}

}
