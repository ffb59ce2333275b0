package io.github.genmedia.providers.suno;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;
import org.springframework.scheduling.TaskScheduler;

/**
 * One account's place on the shared token scheduler: whether it runs, its next
 * scheduled refresh, and a refresh submitted but not yet started.
 * <p>
 * Kept apart from the token logic so that starting, stopping and rescheduling happen
 * under one small lock, never held while Clerk is called.
 */
final class RefreshSchedule {

	private static final Log logger = LogFactory.getLog(SunoAccount.class);

	private final TaskScheduler scheduler;

	private final String account;

	private boolean running;

	private @Nullable ScheduledFuture<?> next;

	private @Nullable Pending pending;

	RefreshSchedule(TaskScheduler scheduler, String account) {
		this.scheduler = scheduler;
		this.account = account;
	}

	synchronized boolean start() {
		boolean started = !this.running;
		this.running = true;
		return started;
	}

	/**
	 * Stop: cancel the next refresh and a submitted one that has not started.
	 * @return the target of the cancelled submitted refresh, for its waiters to be told,
	 * or {@code null}
	 */
	synchronized @Nullable CompletableFuture<SunoToken> stop() {
		this.running = false;
		if (this.next != null) {
			this.next.cancel(false);
			this.next = null;
		}
		Pending dropped = this.pending;
		this.pending = null;
		return (dropped != null && dropped.run().cancel(false)) ? dropped.target() : null;
	}

	synchronized boolean isRunning() {
		return this.running;
	}

	/** Run a refresh now, on the scheduler; throws when the scheduler refuses it. */
	synchronized void submit(Runnable refresh, CompletableFuture<SunoToken> target, Instant now) {
		this.pending = new Pending(this.scheduler.schedule(refresh, now), target);
	}

	/** The submitted refresh started: it can no longer be cancelled from the queue. */
	synchronized void started(CompletableFuture<SunoToken> target) {
		if (this.pending != null && this.pending.target() == target) {
			this.pending = null;
		}
	}

	/** Replace the next scheduled refresh, if running. */
	synchronized void scheduleAt(Instant at, Runnable refresh) {
		if (!this.running) {
			return;
		}
		if (this.next != null) {
			this.next.cancel(false);
		}
		try {
			this.next = this.scheduler.schedule(refresh, at);
		}
		catch (RuntimeException ex) {
			this.next = null;
			logger.debug(LogMessage.format("Could not schedule the next Suno token refresh for account %s: %s",
					this.account, ex.getClass().getSimpleName()));
		}
	}

	private record Pending(ScheduledFuture<?> run, CompletableFuture<SunoToken> target) {
	}

}
