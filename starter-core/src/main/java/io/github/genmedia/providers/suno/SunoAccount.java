package io.github.genmedia.providers.suno;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;
import org.springframework.scheduling.TaskScheduler;

/**
 * One Suno account: its cookie, its device id, and its token, refreshed ahead of expiry.
 * <p>
 * A refresh is scheduled {@link SunoTokenSettings#refreshBeforeExpiry()} before the
 * token expires, so requests normally find a valid token and never wait for Clerk. When
 * the schedule is late, the request that notices starts the refresh itself: while the
 * token is still valid it is used and the refresh runs in the background; once it has
 * expired, the request waits for the refresh, bounded by its {@code maxWait}.
 * <p>
 * At most one refresh runs at a time. Whoever needs one (the schedule, any number of
 * requests, a 401 from Suno) joins the refresh in flight, or starts one after checking
 * that nobody refreshed the token in the meantime; two hundred requests arriving at an
 * expired token cause one call to Clerk. Refreshes run on the {@link TaskScheduler},
 * never on a request thread, so a hanging Clerk holds no request longer than its
 * {@code maxWait}.
 * <p>
 * A failed refresh is tried again after {@link SunoTokenSettings#retryInterval()} (or
 * after Clerk's {@code Retry-After}, up to five minutes), for as long as the account
 * runs, so it recovers by itself. Until then a valid token keeps being used; once it has
 * expired, requests fail at once with a {@link SunoAuthenticationException} carrying the
 * last failure instead of each waiting for Clerk. {@link #lastFailure()} reports a
 * failure as soon as one attempt has failed. Time is read from the scheduler's clock.
 * <p>
 * With a {@link SunoTokenStore}, a refresh first looks at the fleet's token and uses it
 * while it is fresh; otherwise one instance refreshes under the store's lock and the
 * others read its token, looking again every {@code 500 ms} meanwhile. When the store
 * fails, the account refreshes by itself and {@link #tokenStoreState()} says so; the
 * provider's accounts share what they know of the store, so that an outage is found,
 * logged and waited for once rather than once per account.
 *
 * @since 0.1.0
 */
public final class SunoAccount {

	private static final Log logger = LogFactory.getLog(SunoAccount.class);

	/** After Suno rejects a token Clerk has just issued, a 401 triggers no refresh for this long. */
	static final Duration REJECTION_COOL_DOWN = Duration.ofMinutes(1);

	/** While another instance of the fleet refreshes, the store is read again this often. */
	static final Duration FLEET_RETRY = Duration.ofMillis(500);

	/** Clerk's {@code Retry-After} is honoured up to this; a longer one is most likely a proxy's. */
	static final Duration MAX_CLERK_RETRY_AFTER = Duration.ofMinutes(5);

	private final SunoCookie cookie;

	private final ClerkTokenFetcher fetcher;

	private final Clock clock;

	private final SunoTokenSettings settings;

	private final SunoTokenObserver observer;

	private final RefreshSchedule schedule;

	private final SharedTokens shared;

	private final AtomicReference<@Nullable CompletableFuture<SunoToken>> inFlight = new AtomicReference<>();

	private final AtomicInteger inUse = new AtomicInteger();

	private volatile @Nullable SunoToken token;

	/** The error of the last refresh, while requests fail fast with it. */
	private volatile @Nullable RuntimeException lastError;

	private volatile Instant quietUntil = Instant.MIN;

	private volatile @Nullable FailedRefresh lastFailure;

	private volatile @Nullable FailedRefresh rejection;

	private volatile @Nullable Instant lastRefresh;

	private volatile Instant lastUsed;

	/** Written only by refresh runs, which never overlap. */
	private int failuresInARow;

	SunoAccount(ClerkTokenFetcher fetcher, TaskScheduler scheduler, SunoTokenSettings settings,
			SunoTokenObserver observer, @Nullable TokenStoreAvailability store) {
		this.cookie = fetcher.cookie();
		this.fetcher = fetcher;
		this.clock = scheduler.getClock();
		this.settings = settings;
		this.observer = observer;
		this.schedule = new RefreshSchedule(scheduler, this.cookie.fingerprint());
		this.shared = new SharedTokens(store, this.cookie, settings, this.clock);
		this.lastUsed = this.clock.instant();
	}

	/**
	 * Start keeping the token fresh: fetch the first token in the background and refresh
	 * it on schedule from then on. Returns at once. Does nothing if already running.
	 */
	public void start() {
		if (!this.schedule.start()) {
			return;
		}
		SunoToken current = this.token;
		if (current != null && current.freshAt(now())) {
			this.schedule.scheduleAt(current.refreshAt(), this::scheduledRefresh);
		}
		else {
			refresh(this::notFresh, true);
		}
	}

	/**
	 * Cancel the scheduled refresh. The account still answers {@link #currentToken}
	 * afterwards, refreshing on demand only, and can be started again.
	 */
	public void stop() {
		CompletableFuture<SunoToken> dropped = this.schedule.stop();
		if (dropped != null) {
			// A refresh still queued when the account is dropped must not reach Clerk: a
			// flood of cookies would otherwise queue one Clerk call per cookie.
			this.inFlight.compareAndSet(dropped, null);
			dropped.completeExceptionally(new SunoAuthenticationException(
					"The token refresh of Suno account " + account() + " was cancelled: the account was stopped"));
		}
	}

	/**
	 * Whether the account refreshes on schedule.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public boolean isRunning() {
		return this.schedule.isRunning();
	}

	/**
	 * Return a valid token, refreshing it first if it has expired or is about to.
	 * @param maxWait how long to wait for a refresh when there is no valid token
	 * @return the token, for {@code Authorization: Bearer}
	 * @throws SunoAuthenticationException when no valid token is available within
	 * {@code maxWait}, or at once while the last refresh's failure is fresh
	 */
	public String currentToken(Duration maxWait) {
		Instant now = now();
		this.lastUsed = now;
		SunoToken current = this.token;
		if (current != null && current.usableAt(now)) {
			if (!current.freshAt(now)) {
				// The scheduled refresh is late: start it, and use the valid token meanwhile.
				refresh(this::notFresh, false);
			}
			return current.value();
		}
		return await(refresh(this::notUsable, false), maxWait).value();
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
		Predicate<SunoToken> needed = (current) -> current.value().equals(rejectedToken) || notUsable(current);
		return await(refresh(needed, false), maxWait).value();
	}

	/**
	 * Whether a 401 from Suno should make the account refresh its token: not while Suno
	 * has just rejected a fresh one, so that a rejected account cannot turn every request
	 * into a Clerk call.
	 * @return {@code false} during the cool-down after {@link #rejectedAfterRefresh()}
	 */
	public boolean mayRefreshAfterRejection() {
		FailedRefresh rejected = this.rejection;
		return rejected == null || !now().isBefore(rejected.at().plus(REJECTION_COOL_DOWN));
	}

	/**
	 * Suno answered 401 again to a token refreshed because of a 401.
	 */
	public void rejectedAfterRefresh() {
		if (this.rejection == null) {
			logger.warn(LogMessage.format("Suno's API rejects the tokens of account %s although Clerk issues them; "
					+ "401s will not trigger refreshes for %d s", account(), REJECTION_COOL_DOWN.toSeconds()));
		}
		this.rejection = new FailedRefresh(SunoTokenFailure.TOKEN_REJECTED_BY_SUNO,
				"Suno's API rejected a token Clerk had just issued (HTTP 401)", now());
	}

	/**
	 * Suno accepted a request of this account, ending a rejection.
	 */
	public void accepted() {
		if (this.rejection != null) {
			this.rejection = null;
		}
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
		SunoToken current = this.token;
		if (current == null) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(0, Duration.between(now(), current.expiresAt()).toSeconds()));
	}

	/**
	 * Whether a token that can be sent is at hand.
	 * @return {@code true} while the current token is valid
	 */
	public boolean hasUsableToken() {
		SunoToken current = this.token;
		return current != null && current.usableAt(now());
	}

	/**
	 * Return when a token was last obtained.
	 * @return the time, or {@code null} before the first token
	 */
	public @Nullable Instant lastRefresh() {
		return this.lastRefresh;
	}

	/**
	 * Return why the account has, or recently had, no usable token: Suno rejecting its
	 * fresh tokens, else the latest failed Clerk attempt or request that waited in vain.
	 * @return the failure, or {@code null} when the last refresh succeeded
	 */
	public @Nullable FailedRefresh lastFailure() {
		FailedRefresh rejected = this.rejection;
		return (rejected != null) ? rejected : this.lastFailure;
	}

	/**
	 * Return how the account shares its token with other instances, for health.
	 * @return the store's name, what is wrong with it while it fails (the provider's
	 * accounts then refresh by themselves), or {@code null} without a shared store
	 */
	public @Nullable String tokenStoreState() {
		String problem = this.shared.problem();
		return (problem != null) ? problem : this.shared.storeName();
	}

	Instant lastUsed() {
		return this.lastUsed;
	}

	SunoCookie cookie() {
		return this.cookie;
	}

	void acquire() {
		this.inUse.incrementAndGet();
		this.lastUsed = now();
	}

	void release() {
		this.inUse.decrementAndGet();
	}

	boolean isInUse() {
		return this.inUse.get() > 0;
	}

	/**
	 * Join the refresh in flight, or start one if {@code needed} still holds for the
	 * current token. Requests ({@code scheduledRun} false) get the last failure instead
	 * of a new attempt while it is fresh.
	 */
	private CompletableFuture<SunoToken> refresh(Predicate<SunoToken> needed, boolean scheduledRun) {
		while (true) {
			CompletableFuture<SunoToken> existing = this.inFlight.get();
			if (existing != null) {
				return existing;
			}
			CompletableFuture<SunoToken> mine = new CompletableFuture<>();
			if (!this.inFlight.compareAndSet(null, mine)) {
				continue;
			}
			SunoToken current = this.token;
			RuntimeException last = this.lastError;
			if (current != null && !needed.test(current)) {
				// Someone refreshed between the caller's look at the token and now.
				finish(mine, current, null);
			}
			else if (!scheduledRun && last != null && now().isBefore(this.quietUntil)) {
				finish(mine, null, last);
			}
			else {
				submit(mine);
			}
			return mine;
		}
	}

	private void scheduledRefresh() {
		refresh(this::notFresh, true);
	}

	private void submit(CompletableFuture<SunoToken> target) {
		try {
			this.schedule.submit(() -> run(target), target, now());
		}
		catch (RuntimeException ex) {
			finish(target, null, new SunoAuthenticationException(
					"The Suno token scheduler refused the refresh; is the application shutting down?", ex));
		}
	}

	private void run(CompletableFuture<SunoToken> target) {
		this.schedule.started(target);
		long startNanos = System.nanoTime();
		boolean waiting = false;
		try {
			SharedTokens.Outcome outcome = this.shared.refresh(this::fromClerk);
			SunoToken fresh = outcome.token();
			if (outcome.waiting() || fresh == null) {
				waiting = waitForFleet(target, fresh);
			}
			else {
				succeeded(fresh);
				finish(target, fresh, null);
				if (outcome.fromClerk()) {
					observe(true, startNanos);
				}
			}
		}
		catch (RuntimeException ex) {
			failed(ex);
			finish(target, null, ex);
			observe(false, startNanos);
		}
		finally {
			if (!waiting && !target.isDone()) {
				finish(target, null, new SunoAuthenticationException("The Suno token refresh failed"));
			}
		}
	}

	private SunoToken fromClerk() {
		Instant requestedAt = now();
		return SunoToken.issued(this.fetcher.fetch(this::attemptFailed), requestedAt, now(), this.settings);
	}

	/**
	 * Another instance is refreshing the token. With a usable token at hand (the fleet's
	 * last or this instance's), hand it out and look again shortly; without one, the
	 * waiting requests keep waiting, and the same refresh looks again shortly.
	 * @return whether the target is left pending for the next look
	 */
	private boolean waitForFleet(CompletableFuture<SunoToken> target, @Nullable SunoToken fleets) {
		Instant now = now();
		Instant again = now.plus(FLEET_RETRY);
		SunoToken current = this.token;
		SunoToken usable = later(usable(fleets, now), usable(current, now));
		if (usable == null) {
			this.schedule.submit(() -> run(target), target, again);
			return true;
		}
		this.token = usable;
		finish(target, usable, null);
		this.schedule.scheduleAt(again, this::scheduledRefresh);
		return false;
	}

	private static @Nullable SunoToken usable(@Nullable SunoToken token, Instant now) {
		return (token != null && token.usableAt(now)) ? token : null;
	}

	private static @Nullable SunoToken later(@Nullable SunoToken first, @Nullable SunoToken second) {
		if (first == null || second == null) {
			return (first != null) ? first : second;
		}
		return first.expiresAt().isAfter(second.expiresAt()) ? first : second;
	}

	private void succeeded(SunoToken fresh) {
		int failedBefore = this.failuresInARow;
		this.token = fresh;
		this.lastRefresh = now();
		this.lastError = null;
		this.lastFailure = null;
		this.failuresInARow = 0;
		this.schedule.scheduleAt(fresh.refreshAt(), this::scheduledRefresh);
		if (failedBefore > 0) {
			logger.info(LogMessage.format("Suno token for account %s refreshed again after %d failed attempt(s)",
					account(), failedBefore));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(LogMessage.format("Suno token for account %s refreshed; next refresh at %s", account(),
					fresh.refreshAt()));
		}
	}

	private void failed(RuntimeException ex) {
		Instant now = now();
		Duration wait = retryWait(ex);
		this.lastError = ex;
		this.quietUntil = now.plus(wait);
		this.lastFailure = RefreshFailures.describe(ex, now);
		int failures = ++this.failuresInARow;
		this.schedule.scheduleAt(now.plus(wait), this::scheduledRefresh);
		RefreshFailures.log(logger, account(), ex, failures, wait);
	}

	private void attemptFailed(ClerkException ex) {
		this.lastFailure = new FailedRefresh(ex.getFailure(), String.valueOf(ex.getMessage()), now());
	}

	/** The retry interval, or Clerk's {@code Retry-After} when it asks for longer (capped). */
	private Duration retryWait(RuntimeException ex) {
		Duration wait = this.settings.retryInterval();
		if (ex instanceof ClerkException clerk && clerk.getRetryAfter() != null) {
			Duration asked = clerk.getRetryAfter();
			Duration capped = (asked.compareTo(MAX_CLERK_RETRY_AFTER) > 0) ? MAX_CLERK_RETRY_AFTER : asked;
			return (capped.compareTo(wait) > 0) ? capped : wait;
		}
		return wait;
	}

	private void finish(CompletableFuture<SunoToken> target, @Nullable SunoToken value, @Nullable Throwable error) {
		this.inFlight.compareAndSet(target, null);
		if (error != null) {
			target.completeExceptionally(error);
		}
		else {
			target.complete(value);
		}
	}

	private SunoToken await(CompletableFuture<SunoToken> refresh, Duration maxWait) {
		try {
			return refresh.get(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			throw new SunoAuthenticationException(
					"Could not get a Suno token for account " + account() + ": " + RefreshFailures.safeMessage(cause),
					cause);
		}
		catch (TimeoutException ex) {
			RuntimeException last = this.lastError;
			if (this.lastFailure == null) {
				this.lastFailure = new FailedRefresh(SunoTokenFailure.CLERK_UNREACHABLE,
						"Clerk has not answered within " + maxWait.toMillis() + " ms", now());
			}
			String detail = (last != null) ? "; the last refresh failed: " + RefreshFailures.safeMessage(last)
					: "; Clerk has not answered yet";
			throw new SunoAuthenticationException("No Suno token for account " + account() + " within "
					+ maxWait.toMillis() + " ms" + detail, last);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SunoAuthenticationException("Interrupted while waiting for a Suno token for account " + account(),
					ex);
		}
	}

	private boolean notFresh(SunoToken current) {
		return !current.freshAt(now());
	}

	private boolean notUsable(SunoToken current) {
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

	private Instant now() {
		return this.clock.instant();
	}

	@Override
	public String toString() {
		return "SunoAccount[" + account() + "]";
	}

}
