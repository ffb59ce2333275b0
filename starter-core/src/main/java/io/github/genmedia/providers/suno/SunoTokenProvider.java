package io.github.genmedia.providers.suno;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.TaskScheduler;

/**
 * Suno tokens for the configured account and for accounts whose cookie comes with a
 * request.
 * <p>
 * Each account is one {@link SunoAccount}. The configured account is created up front
 * and lives as long as the provider. Those of per-request cookies are created on first
 * use and kept in a least-recently-used map bounded by
 * {@link SunoTokenSettings#maxCached()}; an account without a request for
 * {@link SunoTokenSettings#idleExpiry()} is dropped by a periodic sweep. A dropped
 * account's schedule is cancelled, so a flood of distinct cookies costs at most
 * {@code maxCached} schedules, all on the one shared scheduler, and no threads. An
 * account with a request in flight is never dropped under it: the least recently used
 * idle account goes instead, and when every cached account is busy the new one is
 * refused with a {@link SunoAccountsBusyException}.
 * <p>
 * {@link #start()} and {@link #stop()} are meant for a lifecycle callback. Before
 * {@code start()} and after {@code stop()} tokens are still handed out, fetched on
 * demand only.
 * <p>
 * With a {@link SunoTokenStore}, all accounts share one view of whether it answers: a
 * store outage is logged once, and while it lasts the accounts ask Clerk directly, the
 * store being tried again by one refresh every few seconds.
 * <p>
 * A provider is made with {@link #builder(ClerkClient, TaskScheduler)}.
 *
 * @since 0.1.0
 */
public final class SunoTokenProvider {

	/** The sweep runs at least this often, so that a long idle expiry is still honoured promptly. */
	private static final Duration MAX_SWEEP_INTERVAL = Duration.ofMinutes(1);

	private volatile @Nullable SunoAccount defaultSource;

	private final ClerkClient clerk;

	private final ClerkRetry retry;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final SunoTokenSettings settings;

	private final SunoTokenObserver observer;

	/** The store with what is known of it, one for all accounts; {@code null} without a store. */
	private final @Nullable TokenStoreAvailability store;

	/** Access-ordered: iteration starts with the least recently used account. */
	private final LinkedHashMap<SunoCookie, SunoAccount> sources = new LinkedHashMap<>(16, 0.75f, true);

	private boolean running;

	private @Nullable ScheduledFuture<?> sweep;

	private SunoTokenProvider(Builder builder) {
		this.clerk = builder.clerk;
		this.retry = builder.retry;
		this.scheduler = builder.scheduler;
		this.clock = this.scheduler.getClock();
		this.store = (builder.store != null) ? new TokenStoreAvailability(builder.store, this.clock) : null;
		this.settings = builder.settings;
		this.observer = builder.observer;
		this.defaultSource = (builder.defaultCookie != null) ? newSource(builder.defaultCookie) : null;
	}

	/**
	 * Start building a provider without a configured account, with the default retry and
	 * settings, no metrics and no shared store.
	 * @param clerk the Clerk client
	 * @param scheduler the scheduler shared by all accounts; its clock is the time source
	 * @return the builder
	 */
	public static Builder builder(ClerkClient clerk, TaskScheduler scheduler) {
		return new Builder(clerk, scheduler);
	}

	/**
	 * Whether a cookie was configured.
	 * @return {@code true} if {@link #defaultSource()} can be called
	 */
	public boolean hasDefaultAccount() {
		return this.defaultSource != null;
	}

	/**
	 * Return the configured account.
	 * @return the account
	 * @throws SunoAuthenticationException if no cookie was configured
	 */
	public SunoAccount defaultSource() {
		SunoAccount configured = this.defaultSource;
		if (configured == null) {
			throw new SunoAuthenticationException("No Suno cookie is configured and the request has no Cookie header "
					+ "with __client; set SUNO_COOKIE or send one");
		}
		return configured;
	}

	/**
	 * Return a valid token of the configured account.
	 * @param maxWait how long to wait when a refresh is needed
	 * @return the token
	 * @throws SunoAuthenticationException if there is no configured account or no token
	 * within {@code maxWait}
	 */
	public String currentToken(Duration maxWait) {
		return defaultSource().currentToken(maxWait);
	}

	/**
	 * Return the account a {@code Cookie} header signs in.
	 * @param cookie the header value
	 * @return the account, shared by all callers with the same cookie
	 * @throws InvalidSunoCookieException if the header is unusable
	 */
	public SunoAccount forCookie(String cookie) {
		return forCookie(SunoCookie.parse(cookie));
	}

	/**
	 * Return an account, creating and starting it on first use.
	 * @param cookie the account's cookie
	 * @return the account, shared by all callers with the same cookie
	 * @throws SunoAccountsBusyException if the account is new and every cached account
	 * has a request in flight
	 */
	public SunoAccount forCookie(SunoCookie cookie) {
		return account(cookie, false);
	}

	/**
	 * Return an account marked in use until {@link SunoAccount#release()}, so that it is
	 * not dropped while its request waits for a token.
	 */
	SunoAccount acquire(SunoCookie cookie) {
		return account(cookie, true);
	}

	/**
	 * Return the configured account, marked in use.
	 */
	SunoAccount acquireDefault() {
		SunoAccount account = defaultSource();
		account.acquire();
		return account;
	}

	/**
	 * Make another cookie the configured account's, as when the cookie file is rotated:
	 * the old account's token is dropped and its refresh stopped, and the new account
	 * fetches its first token at once. Requests in flight finish with the old token;
	 * the next request uses the new account.
	 * @param cookie the new cookie; nothing changes when it is the current one
	 * @return {@code true} if the account changed
	 */
	public boolean replaceDefaultCookie(SunoCookie cookie) {
		SunoAccount old;
		SunoAccount replacement = newSource(cookie);
		synchronized (this.sources) {
			old = this.defaultSource;
			if (old != null && old.cookie().equals(cookie)) {
				return false;
			}
			this.defaultSource = replacement;
			if (this.running) {
				startSource(replacement, true);
			}
		}
		if (old != null) {
			stopSource(old);
		}
		return true;
	}

	private SunoAccount account(SunoCookie cookie, boolean acquire) {
		SunoAccount configured = this.defaultSource;
		if (configured != null && cookie.equals(configured.cookie())) {
			if (acquire) {
				configured.acquire();
			}
			return configured;
		}
		List<SunoAccount> evicted = new ArrayList<>();
		SunoAccount source;
		synchronized (this.sources) {
			source = this.sources.get(cookie);
			if (source == null) {
				if (this.sources.size() >= this.settings.maxCached()) {
					evictIdleForRoom(evicted);
				}
				source = newSource(cookie);
				this.sources.put(cookie, source);
				if (this.running) {
					startSource(source, false);
				}
			}
			if (acquire) {
				source.acquire();
			}
		}
		evicted.forEach(this::stopSource);
		return source;
	}

	/** Drop least recently used accounts without a request in flight until one more fits. */
	private void evictIdleForRoom(List<SunoAccount> evicted) {
		Iterator<SunoAccount> eldest = this.sources.values().iterator();
		while (this.sources.size() >= this.settings.maxCached() && eldest.hasNext()) {
			SunoAccount candidate = eldest.next();
			if (!candidate.isInUse()) {
				evicted.add(candidate);
				eldest.remove();
			}
		}
		if (this.sources.size() >= this.settings.maxCached()) {
			throw new SunoAccountsBusyException(this.settings.maxCached());
		}
	}

	/**
	 * Return how many per-request accounts are cached; the configured one is not counted.
	 * @return the number of cached accounts
	 */
	public int cachedAccounts() {
		synchronized (this.sources) {
			return this.sources.size();
		}
	}

	/**
	 * Start refreshing: the configured account's first token is fetched in the
	 * background, and idle accounts are swept from now on. Returns at once.
	 */
	public void start() {
		synchronized (this.sources) {
			if (this.running) {
				return;
			}
			this.running = true;
			SunoAccount configured = this.defaultSource;
			if (configured != null) {
				startSource(configured, true);
			}
			this.sources.values().forEach((source) -> startSource(source, false));
			Duration interval = (this.settings.idleExpiry().compareTo(MAX_SWEEP_INTERVAL) < 0)
					? this.settings.idleExpiry() : MAX_SWEEP_INTERVAL;
			this.sweep = this.scheduler.scheduleWithFixedDelay(this::evictIdle,
					this.clock.instant().plus(interval), interval);
		}
	}

	/**
	 * Stop all schedules and forget the per-request accounts.
	 */
	public void stop() {
		List<SunoAccount> stopped;
		synchronized (this.sources) {
			this.running = false;
			if (this.sweep != null) {
				this.sweep.cancel(false);
				this.sweep = null;
			}
			stopped = new ArrayList<>(this.sources.values());
			this.sources.clear();
		}
		SunoAccount configured = this.defaultSource;
		if (configured != null) {
			stopSource(configured);
		}
		stopped.forEach(this::stopSource);
	}

	/**
	 * Whether the provider refreshes on schedule.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public boolean isRunning() {
		synchronized (this.sources) {
			return this.running;
		}
	}

	/**
	 * Drop the accounts that had no request for the idle expiry. Runs on the scheduler.
	 */
	void evictIdle() {
		Instant cutoff = this.clock.instant().minus(this.settings.idleExpiry());
		List<SunoAccount> evicted = new ArrayList<>();
		synchronized (this.sources) {
			Iterator<SunoAccount> iterator = this.sources.values().iterator();
			while (iterator.hasNext()) {
				SunoAccount source = iterator.next();
				if (source.lastUsed().isBefore(cutoff) && !source.isInUse()) {
					evicted.add(source);
					iterator.remove();
				}
			}
		}
		evicted.forEach(this::stopSource);
	}

	private SunoAccount newSource(SunoCookie cookie) {
		return new SunoAccount(new ClerkTokenFetcher(cookie, this.clerk, this.retry), this.scheduler, this.settings,
				this.observer, this.store);
	}

	private void startSource(SunoAccount source, boolean defaultAccount) {
		source.start();
		this.observer.started(source, defaultAccount);
	}

	private void stopSource(SunoAccount source) {
		source.stop();
		this.observer.stopped(source);
	}

	@Override
	public String toString() {
		SunoAccount configured = this.defaultSource;
		return "SunoTokenProvider[default account " + ((configured != null) ? configured.account() : "none") + ", " + cachedAccounts() + " cached]";
	}

	/**
	 * Builds a {@link SunoTokenProvider}. A builder rather than a constructor because
	 * only the Clerk client and the scheduler are always needed: the configured account,
	 * the metrics and the shared store are optional, the retry and the settings have
	 * defaults.
	 *
	 * @since 0.1.0
	 */
	public static final class Builder {

		private final ClerkClient clerk;

		private final TaskScheduler scheduler;

		private @Nullable SunoCookie defaultCookie;

		private ClerkRetry retry = ClerkRetry.defaults();

		private SunoTokenSettings settings = SunoTokenSettings.defaults();

		private SunoTokenObserver observer = SunoTokenObserver.NONE;

		private @Nullable SunoTokenStore store;

		private Builder(ClerkClient clerk, TaskScheduler scheduler) {
			this.clerk = clerk;
			this.scheduler = scheduler;
		}

		/**
		 * Set the configured account.
		 * @param defaultCookie the account's cookie, or {@code null} when every request
		 * brings its own cookie
		 * @return this builder
		 */
		public Builder defaultCookie(@Nullable SunoCookie defaultCookie) {
			this.defaultCookie = defaultCookie;
			return this;
		}

		/**
		 * Set the retry for Clerk calls.
		 * @param retry the retry, {@link ClerkRetry#defaults()} unless set
		 * @return this builder
		 */
		public Builder retry(ClerkRetry retry) {
			this.retry = retry;
			return this;
		}

		/**
		 * Set the refresh and cache settings.
		 * @param settings the settings, {@link SunoTokenSettings#defaults()} unless set
		 * @return this builder
		 */
		public Builder settings(SunoTokenSettings settings) {
			this.settings = settings;
			return this;
		}

		/**
		 * Set the metrics hook.
		 * @param observer the hook, or {@code null} for {@link SunoTokenObserver#NONE}
		 * @return this builder
		 */
		public Builder observer(@Nullable SunoTokenObserver observer) {
			this.observer = (observer != null) ? observer : SunoTokenObserver.NONE;
			return this;
		}

		/**
		 * Set where the fleet shares tokens.
		 * @param store the store, or {@code null} for each instance to refresh its own
		 * @return this builder
		 */
		public Builder store(@Nullable SunoTokenStore store) {
			this.store = store;
			return this;
		}

		/**
		 * Build the provider; it refreshes on schedule once
		 * {@link SunoTokenProvider#start() started}.
		 * @return the provider
		 */
		public SunoTokenProvider build() {
			return new SunoTokenProvider(this);
		}

	}

}
