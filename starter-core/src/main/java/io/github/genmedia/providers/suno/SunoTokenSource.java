package io.github.genmedia.providers.suno;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;

/**
 * The current Suno token of one account, refreshed ahead of its expiry.
 * <p>
 * A refresh is scheduled {@link SunoTokenSettings#refreshBeforeExpiry()} before the
 * token expires, so requests normally find a valid token and never wait for Clerk. When
 * the schedule is late, the request that notices starts the refresh itself: while the
 * token is still valid it is used and the refresh runs in the background; once it is
 * expired, the request waits for the refresh, bounded by its {@code maxWait}.
 * <p>
 * At most one refresh runs at a time. Whoever needs one (the schedule, any number of
 * requests, a 401 from Suno) joins the refresh in flight, or starts one after checking
 * that nobody refreshed the token in the meantime; two hundred requests arriving at an
 * expired token cause one call to Clerk. Refreshes run on the {@link TaskScheduler},
 * never on a request thread, so a hanging Clerk holds no request longer than its
 * {@code maxWait}.
 * <p>
 * A failed refresh is tried again after {@link SunoTokenSettings#retryInterval()}, for as
 * long as the source runs, so it recovers by itself when Clerk answers again. Until then
 * a valid token keeps being used; once it has expired, requests fail at once with a
 * {@link SunoAuthenticationException} carrying the last failure instead of each waiting
 * for Clerk. Time is read from the scheduler's clock.
 */
public final class SunoTokenSource {

	private static final Logger logger = LoggerFactory.getLogger(SunoTokenSource.class);

	/** A token this close to its expiry could expire on its way to Suno; it is not sent. */
	static final Duration EXPIRY_MARGIN = Duration.ofSeconds(1);

	/** Refreshes are never scheduled closer together, whatever Clerk's tokens say. */
	static final Duration MIN_REFRESH_DELAY = Duration.ofSeconds(1);

	private final SunoCookie cookie;

	private final ClerkTokenFetcher fetcher;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final SunoTokenSettings settings;

	private final SunoTokenObserver observer;

	private final AtomicReference<CompletableFuture<Token>> inFlight = new AtomicReference<>();

	private volatile Token token;

	private volatile Failure failure;

	private volatile Instant lastRefresh;

	private volatile Instant lastUsed;

	/** Written only by refresh runs, which never overlap. */
	private int failuresInARow;

	private final Object lifecycleLock = new Object();

	private boolean running;

	private ScheduledFuture<?> scheduled;

	/** A refresh submitted to the scheduler that has not started yet, and who waits for it. */
	private PendingRun pending;

	SunoTokenSource(SunoCookie cookie, ClerkClient clerk, ClerkRetry retry, TaskScheduler scheduler,
			SunoTokenSettings settings, SunoTokenObserver observer) {
		this.cookie = cookie;
		this.fetcher = new ClerkTokenFetcher(cookie, clerk, retry);
		this.scheduler = scheduler;
		this.clock = scheduler.getClock();
		this.settings = settings;
		this.observer = observer;
		this.lastUsed = this.clock.instant();
	}

	/**
	 * Start keeping the token fresh: fetch the first token in the background and refresh
	 * it on schedule from then on. Returns at once; the first request waits for the
	 * token, bounded by its {@code maxWait}. Does nothing if already running.
	 */
	public void start() {
		synchronized (this.lifecycleLock) {
			if (this.running) {
				return;
			}
			this.running = true;
		}
		Token current = this.token;
		if (current != null && current.freshAt(now())) {
			scheduleAt(current.refreshAt());
		}
		else {
			refresh(this::notFresh, true);
		}
	}

	/**
	 * Cancel the scheduled refresh. The source still answers {@link #currentToken}
	 * afterwards, refreshing on demand only, and can be started again.
	 */
	public void stop() {
		PendingRun dropped = null;
		synchronized (this.lifecycleLock) {
			this.running = false;
			if (this.scheduled != null) {
				this.scheduled.cancel(false);
				this.scheduled = null;
			}
			if (this.pending != null && this.pending.run().cancel(false)) {
				dropped = this.pending;
			}
			this.pending = null;
		}
		if (dropped != null) {
			// A refresh still queued when the account is dropped must not reach Clerk: a
			// flood of cookies would otherwise queue one Clerk call per cookie.
			this.inFlight.compareAndSet(dropped.target(), null);
			dropped.target()
				.completeExceptionally(new SunoAuthenticationException("The token refresh of Suno account "
						+ account() + " was cancelled: the account was dropped from the cache"));
		}
	}

	/**
	 * Whether the source refreshes on schedule.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public boolean isRunning() {
		synchronized (this.lifecycleLock) {
			return this.running;
		}
	}

	/**
	 * Return a valid token, refreshing it first if it has expired or is about to.
	 * @param maxWait how long to wait for a refresh when there is no valid token
	 * @return the token, for {@code Authorization: Bearer}
	 * @throws SunoAuthenticationException when no valid token is available within
	 * {@code maxWait}, or at once when the last refresh failed less than
	 * {@link SunoTokenSettings#retryInterval()} ago
	 */
	public String currentToken(Duration maxWait) {
		Instant now = now();
		this.lastUsed = now;
		Token current = this.token;
		if (current != null && current.usableAt(now)) {
			if (!current.freshAt(now)) {
				// The scheduled refresh is late: start it, and use the valid token meanwhile.
				refresh(this::notFresh, false);
			}
			return current.jwt().reveal();
		}
		return await(refresh(this::notUsable, false), maxWait).jwt().reveal();
	}

	/**
	 * Return a token other than one Suno has just rejected, refreshing unless another
	 * thread already did.
	 * @param rejectedToken the token Suno answered 401 to
	 * @param maxWait how long to wait for the refresh
	 * @return a new token
	 * @throws SunoAuthenticationException when the refresh fails or takes longer than
	 * {@code maxWait}
	 */
	public String refreshAfterRejection(String rejectedToken, Duration maxWait) {
		this.lastUsed = now();
		Predicate<Token> needed = (current) -> current.jwt().reveal().equals(rejectedToken) || notUsable(current);
		return await(refresh(needed, false), maxWait).jwt().reveal();
	}

	/**
	 * Return the device id Suno's API expects with this account's token.
	 * @return the device id
	 */
	public String deviceId() {
		return this.cookie.deviceId();
	}

	/**
	 * Return the account's name in logs and health details.
	 * @return the cookie's {@link SunoCookie#fingerprint() fingerprint}
	 */
	public String account() {
		return this.cookie.fingerprint();
	}

	/**
	 * Return the whole seconds until the current token expires.
	 * @return the seconds, {@code 0} once it has expired, or empty before the first token
	 */
	public OptionalLong secondsUntilExpiry() {
		Token current = this.token;
		if (current == null) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(0, Duration.between(now(), current.expiresAt()).toSeconds()));
	}

	/**
	 * Return when a token was last obtained.
	 * @return the time, or {@code null} before the first token
	 */
	public Instant lastRefresh() {
		return this.lastRefresh;
	}

	/**
	 * Return why the last refresh failed.
	 * @return a message without cookie, token or session id, or {@code null} when the
	 * last refresh succeeded
	 */
	public String lastError() {
		Failure last = this.failure;
		return (last != null) ? describe(last.error()) : null;
	}

	Instant lastUsed() {
		return this.lastUsed;
	}

	SunoCookie cookie() {
		return this.cookie;
	}

	/**
	 * Join the refresh in flight, or start one if {@code needed} still holds for the
	 * current token. Requests ({@code scheduledRun} false) get the last failure instead
	 * of a new attempt while the retry interval after it has not passed.
	 */
	private CompletableFuture<Token> refresh(Predicate<Token> needed, boolean scheduledRun) {
		while (true) {
			CompletableFuture<Token> existing = this.inFlight.get();
			if (existing != null) {
				return existing;
			}
			CompletableFuture<Token> mine = new CompletableFuture<>();
			if (!this.inFlight.compareAndSet(null, mine)) {
				continue;
			}
			Token current = this.token;
			if (current != null && !needed.test(current)) {
				// Someone refreshed between the caller's look at the token and now.
				this.inFlight.compareAndSet(mine, null);
				mine.complete(current);
				return mine;
			}
			Failure last = this.failure;
			if (!scheduledRun && last != null && now().isBefore(last.at().plus(this.settings.retryInterval()))) {
				this.inFlight.compareAndSet(mine, null);
				mine.completeExceptionally(last.error());
				return mine;
			}
			submit(mine);
			return mine;
		}
	}

	private void submit(CompletableFuture<Token> target) {
		try {
			synchronized (this.lifecycleLock) {
				this.pending = new PendingRun(this.scheduler.schedule(() -> run(target), now()), target);
			}
		}
		catch (RuntimeException ex) {
			this.inFlight.compareAndSet(target, null);
			target.completeExceptionally(new SunoAuthenticationException(
					"The Suno token scheduler refused the refresh; is the application shutting down?", ex));
		}
	}

	private void run(CompletableFuture<Token> target) {
		synchronized (this.lifecycleLock) {
			if (this.pending != null && this.pending.target() == target) {
				this.pending = null;
			}
		}
		Instant requestedAt = now();
		long startNanos = System.nanoTime();
		try {
			Token fresh = toToken(this.fetcher.fetch(), requestedAt);
			int failedBefore = this.failuresInARow;
			this.token = fresh;
			this.lastRefresh = now();
			this.failure = null;
			this.failuresInARow = 0;
			this.inFlight.compareAndSet(target, null);
			scheduleAt(fresh.refreshAt());
			target.complete(fresh);
			observe(true, startNanos);
			if (failedBefore > 0) {
				logger.info("Suno token for account {} refreshed again after {} failed attempt(s)", account(),
						failedBefore);
			}
			else {
				logger.debug("Suno token for account {} refreshed; next refresh at {}", account(), fresh.refreshAt());
			}
		}
		catch (RuntimeException ex) {
			this.failure = new Failure(ex, now());
			int failures = ++this.failuresInARow;
			this.inFlight.compareAndSet(target, null);
			scheduleAt(now().plus(this.settings.retryInterval()));
			target.completeExceptionally(ex);
			observe(false, startNanos);
			if (Thread.currentThread().isInterrupted()) {
				// The scheduler is shutting down; nothing anyone needs to act on.
				logger.debug("Suno token refresh for account {} interrupted: {}", account(), describe(ex));
			}
			else {
				logFailure(ex, failures);
			}
		}
		finally {
			if (!target.isDone()) {
				this.inFlight.compareAndSet(target, null);
				target.completeExceptionally(new SunoAuthenticationException("The Suno token refresh failed"));
			}
		}
	}

	private Token toToken(SunoJwt jwt, Instant requestedAt) {
		Duration refreshBefore = this.settings.refreshBeforeExpiry();
		// Measured from the request, the lifetime makes the expiry independent of how far
		// this machine's clock is off from Clerk's.
		Instant expiresAt = jwt.lifetime()
			.map(requestedAt::plus)
			.or(jwt::expiresAt)
			.orElseGet(() -> requestedAt.plus(this.settings.fallbackRefreshInterval()).plus(refreshBefore));
		Duration lifetime = Duration.between(requestedAt, expiresAt);
		Instant refreshAt = (lifetime.compareTo(refreshBefore) > 0) ? expiresAt.minus(refreshBefore)
				: requestedAt.plus(lifetime.dividedBy(2));
		Instant now = now();
		Instant earliest = now.plus(MIN_REFRESH_DELAY);
		if (!expiresAt.isAfter(now)) {
			logger.warn("Clerk issued a Suno token for account {} that had already expired; check the system clock",
					account());
		}
		return new Token(jwt, expiresAt, refreshAt.isBefore(earliest) ? earliest : refreshAt);
	}

	private void scheduleAt(Instant at) {
		synchronized (this.lifecycleLock) {
			if (!this.running) {
				return;
			}
			if (this.scheduled != null) {
				this.scheduled.cancel(false);
			}
			try {
				this.scheduled = this.scheduler.schedule(() -> refresh(this::notFresh, true), at);
			}
			catch (RuntimeException ex) {
				this.scheduled = null;
				logger.debug("Could not schedule the next Suno token refresh for account {}: {}", account(),
						ex.toString());
			}
		}
	}

	private Token await(CompletableFuture<Token> refresh, Duration maxWait) {
		try {
			return refresh.get(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			throw new SunoAuthenticationException(
					"Could not get a Suno token for account " + account() + ": " + describe(cause), cause);
		}
		catch (TimeoutException ex) {
			Failure last = this.failure;
			String detail = (last != null) ? "; the last refresh failed: " + describe(last.error())
					: "; Clerk has not answered yet";
			throw new SunoAuthenticationException("No Suno token for account " + account() + " within "
					+ maxWait.toMillis() + " ms" + detail, (last != null) ? last.error() : null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SunoAuthenticationException("Interrupted while waiting for a Suno token for account " + account(),
					ex);
		}
	}

	private boolean notFresh(Token current) {
		return !current.freshAt(now());
	}

	private boolean notUsable(Token current) {
		return !current.usableAt(now());
	}

	private void observe(boolean success, long startNanos) {
		try {
			this.observer.refreshed(this, success, Duration.ofNanos(System.nanoTime() - startNanos));
		}
		catch (RuntimeException ex) {
			logger.debug("Suno token observer failed", ex);
		}
	}

	private void logFailure(RuntimeException ex, int failures) {
		if (failures == 1) {
			logger.warn("Suno token refresh for account {} failed, trying again every {} ms: {}", account(),
					this.settings.retryInterval().toMillis(), describe(ex));
		}
		else {
			logger.debug("Suno token refresh for account {} failed again ({} in a row): {}", account(), failures,
					describe(ex));
		}
	}

	/** Our own messages are safe; anything else is named by its type only. */
	private static String describe(Throwable error) {
		if (error instanceof SunoAuthenticationException) {
			return error.getMessage();
		}
		return (error != null) ? error.getClass().getSimpleName() : "unknown error";
	}

	private Instant now() {
		return this.clock.instant();
	}

	@Override
	public String toString() {
		return "SunoTokenSource[account " + account() + "]";
	}

	private record Token(SunoJwt jwt, Instant expiresAt, Instant refreshAt) {

		boolean usableAt(Instant now) {
			return now.isBefore(this.expiresAt.minus(EXPIRY_MARGIN));
		}

		boolean freshAt(Instant now) {
			return now.isBefore(this.refreshAt);
		}

	}

	private record Failure(RuntimeException error, Instant at) {
	}

	private record PendingRun(ScheduledFuture<?> run, CompletableFuture<Token> target) {
	}

}
