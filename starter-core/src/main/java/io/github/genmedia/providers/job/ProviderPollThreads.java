package io.github.genmedia.providers.job;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.log.LogMessage;

/**
 * The poll threads of the {@link JobPoller}, a few for each provider: a poll waiting for
 * a rate-limit permit or for a slow provider holds a thread of its own provider only, so
 * no provider's jobs (nor their deadlines) wait behind another's. A provider's threads
 * are created with its first poll, end after 30 s without work, and are named after it
 * ({@code genmedia-job-poll-sunor-1}).
 */
final class ProviderPollThreads implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(JobPoller.class);

	private final int perProvider;

	private final Map<String, ExecutorService> byProvider = new ConcurrentHashMap<>();

	private volatile boolean closed;

	/**
	 * Create the threads, none yet.
	 * @param perProvider how many polls of one provider may run at once
	 */
	ProviderPollThreads(int perProvider) {
		if (perProvider < 1) {
			throw new IllegalArgumentException("Poll threads per provider must be at least 1, not " + perProvider);
		}
		this.perProvider = perProvider;
	}

	/**
	 * Run a poll on a thread of its provider, or after the provider's running polls;
	 * nothing once closed.
	 * @param provider the provider
	 * @param poll the poll
	 */
	void execute(String provider, Runnable poll) {
		if (this.closed) {
			return;
		}
		ExecutorService threads = this.byProvider.computeIfAbsent(provider, this::create);
		if (this.closed) {
			// Created while the poller closed: close() may not have seen it.
			threads.shutdownNow();
			return;
		}
		try {
			threads.execute(poll);
		}
		catch (RejectedExecutionException ex) {
			// Closed meanwhile: the job was cancelled with it.
		}
	}

	@Override
	public void close() {
		this.closed = true;
		this.byProvider.values().forEach(ExecutorService::shutdownNow);
	}

	private ExecutorService create(String provider) {
		ThreadPoolExecutor threads = new ThreadPoolExecutor(this.perProvider, this.perProvider, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), daemons("genmedia-job-poll-" + provider.toLowerCase(Locale.ROOT) + "-"));
		threads.allowCoreThreadTimeOut(true);
		return threads;
	}

	/**
	 * Daemon threads; an {@link Error} that ends one (a poll rethrows it after failing its
	 * job with it) is logged, not only printed.
	 */
	static ThreadFactory daemons(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			thread.setUncaughtExceptionHandler((ended, failure) -> logger
				.error(LogMessage.format("Thread %s of the job poller ended by %s", ended.getName(), failure), failure));
			return thread;
		};
	}

}
