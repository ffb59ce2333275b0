package io.github.genmedia.providers.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * A {@link RateLimiter} on Bucket4j: a token bucket for the requests per period, local to
 * this instance or shared through a Bucket4j {@link ProxyManager} (Redis, for one), and a
 * fair semaphore for the requests in flight on this instance.
 * <p>
 * The bucket holds one token and refills one every {@link RateLimitSettings#spacing()}, so
 * permits are spaced evenly at {@value RateLimitSettings#USED_PERCENT}% of the rate and no
 * window of the period ever holds more than its requests. A caller that finds no token
 * reserves the next one and sleeps until it is due (Bucket4j's blocking consumption), so
 * callers are served in turn and each permit costs the store one operation; one whose
 * turn lies beyond its {@code maxWait} fails at once, without reserving.
 * <p>
 * The provider's answers pause the key's budget: a 429 for its {@code Retry-After}, and
 * {@code X-RateLimit-Remaining: 0} (the window is spent) until {@code X-RateLimit-Reset}
 * (at most one period). When the provider does not say how long, the pause is
 * {@link #DEFAULT_PAUSE} or one spacing, whichever is longer: not a whole period, which
 * would refuse every caller whose {@code max-wait} is shorter, and should the window not
 * have reset by then, the next answer is a 429 whose {@code Retry-After} says exactly how
 * long. A remaining budget above zero is not acted on: the even spacing already keeps
 * within the limit, and a count that other clients of the key also draw on says nothing
 * about when to send.
 * <p>
 * No pause is longer than {@link RateLimitSettings#maxPause()}: a longer demand (a
 * {@code Retry-After} of a day) is honoured for that long, and the next request asks the
 * provider again, so that one answer cannot stop the provider for a day.
 * <p>
 * A pause goes into the bucket as debt, so that every caller of the key, on every
 * instance that shares the bucket, waits it out; the debt is reserved only as far as the
 * next permit is then at most {@code maxPause} away (Bucket4j's reservation with a
 * longest wait, which the store checks and applies in one operation), so that a shared
 * bucket never holds a longer pause, whichever instances add to it. Callers of this
 * instance that had already reserved a turn are pushed back by the pause too, each by as
 * much as the pause was extended while it waited, so that they keep their spacing rather
 * than all going at its end. Pauses that overlap count once: only what extends the pause
 * already known is added ({@link #pausedUntil} moves by compare-and-set). A shared bucket
 * whose store cannot be reached is replaced by a local one, operation by operation, with
 * a warning.
 * <p>
 * Debt reaches the callers of other instances only for their next turn: those already
 * queued there would send inside the pause. A shared limiter made with
 * {@link SharedPauses} therefore posts every pause it learns, and applies every pause
 * another instance posts for its key to its own callers as if it had learned it itself
 * (without adding debt again, which the other instance did): its queued callers are
 * pushed back, and health shows the pause. A caller checks the pause again after every
 * wait, so that none sends inside a pause this instance knows of.
 * <p>
 * A shared bucket keeps the limit of the instance that created it; every operation that
 * reads its configuration tells {@link LimitInForce}, which health shows and which warns
 * once when it differs from this instance's.
 *
 * @since 0.1.0
 */
public final class Bucket4jRateLimiter implements RateLimiter {

	private static final Log logger = LogFactory.getLog(Bucket4jRateLimiter.class);

	/** One request's worth: no burst (see {@link RateLimitSettings}). */
	static final long CAPACITY = 1;

	/**
	 * The pause after a 429 without a usable {@code Retry-After} (Whisul documents none),
	 * unless one spacing is longer.
	 */
	public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

	private static final String PAUSE_CAUSE = "the provider demanded a pause (429, or X-RateLimit-Remaining: 0)";

	/** A reservation that is not waited for: the debt of a pause. */
	private static final BlockingStrategy NO_WAIT = (nanos) -> {
	};

	private final String provider;

	private final RateLimitSettings settings;

	private final @Nullable Buckets buckets;

	private final @Nullable ConcurrencyLimit concurrency;

	private final Timing timing;

	/** When the last pause the provider demanded ends, on {@link Timing#meter()}. */
	private final AtomicLong pausedUntil;

	/** The sum of all extensions of the pause, so that a caller sees how far it was pushed back. */
	private final AtomicLong pausedInAll = new AtomicLong();

	private volatile @Nullable Reported remaining;

	/** The last pause that extended {@link #pausedUntil}, for health. */
	private volatile @Nullable RateLimitPause lastPause;

	/**
	 * The end of the latest pause heard from another instance: the shared store hands a
	 * pause on again each time it is read, and it is taken once.
	 */
	private final AtomicReference<Instant> lastHeard = new AtomicReference<>(Instant.MIN);

	/** The limit a shared bucket keeps, or {@code null} for a local bucket or no rate. */
	private final @Nullable LimitInForce inForce;

	/** Where pauses are told to and heard from other instances: {@link SharedPause#NONE} for nowhere. */
	private final SharedPause shared;

	/** Held here, because {@link SharedPauses#listen} holds it weakly. */
	private final Consumer<RateLimitPause> heard = this::heard;

	private Bucket4jRateLimiter(String provider, RateLimitSettings settings, @Nullable Buckets buckets,
			Timing timing, SharedPause shared) {
		this.provider = provider;
		this.settings = settings;
		this.buckets = buckets;
		this.concurrency = settings.limitsConcurrency() ? new ConcurrencyLimit(settings.maxConcurrent()) : null;
		this.timing = timing;
		this.pausedUntil = new AtomicLong(timing.now());
		this.inForce = (buckets != null && buckets.shared()) ? new LimitInForce(provider, settings) : null;
		this.shared = shared;
		shared.listen(this.heard);
	}

	/**
	 * Create a limiter whose budget is this instance's own.
	 * @param provider the provider's name, for messages
	 * @param settings the limit
	 * @return the limiter
	 */
	public static Bucket4jRateLimiter local(String provider, RateLimitSettings settings) {
		return local(provider, settings, Timing.SYSTEM);
	}

	static Bucket4jRateLimiter local(String provider, RateLimitSettings settings, Timing timing) {
		Buckets buckets = settings.limitsRate() ? Buckets.local(provider, localBucket(settings, timing)) : null;
		return new Bucket4jRateLimiter(provider, settings, buckets, timing, SharedPause.NONE);
	}

	/**
	 * Create a limiter whose budget is shared by every instance that uses the same store
	 * and key. The instances must configure the same limit: the first to create the
	 * bucket sets it, {@link RateLimitState#inForce()} shows it, and a warning says so
	 * when it differs from {@code settings}.
	 * @param provider the provider's name, for messages
	 * @param settings the limit; its concurrency part stays per instance
	 * @param proxyManager the store's proxy manager
	 * @param key the bucket's key; it must not contain the credential (see
	 * {@code Credential.fingerprint()})
	 * @return the limiter
	 */
	public static Bucket4jRateLimiter shared(String provider, RateLimitSettings settings,
			ProxyManager<String> proxyManager, String key) {
		return shared(provider, settings, () -> proxyManager, key);
	}

	/**
	 * Create a limiter whose budget is shared, with a store that is reached on first use:
	 * a store that is down then makes the limiter fall back on a local bucket rather than
	 * fail.
	 * @param provider the provider's name, for messages
	 * @param settings the limit; its concurrency part stays per instance
	 * @param proxyManager supplies the store's proxy manager on first use, and again after
	 * the store failed and rested; it may throw while the store cannot be reached, and must
	 * not open a connection of its own each time
	 * @param key the bucket's key; it must not contain the credential
	 * @return the limiter
	 */
	public static Bucket4jRateLimiter shared(String provider, RateLimitSettings settings,
			Supplier<ProxyManager<String>> proxyManager, String key) {
		return shared(provider, settings, proxyManager, key, SharedPauses.NONE);
	}

	/**
	 * Create a limiter whose budget is shared, and whose pauses reach the callers of every
	 * instance sharing it at once, those already queued included.
	 * @param provider the provider's name, for messages
	 * @param settings the limit; its concurrency part stays per instance
	 * @param proxyManager supplies the store's proxy manager on first use, and again after
	 * the store failed and rested; it may throw while the store cannot be reached, and must
	 * not open a connection of its own each time
	 * @param key the bucket's key; it must not contain the credential
	 * @param pauses where pauses are posted and heard, under {@code key}
	 * @return the limiter
	 */
	public static Bucket4jRateLimiter shared(String provider, RateLimitSettings settings,
			Supplier<ProxyManager<String>> proxyManager, String key, SharedPauses pauses) {
		Supplier<Bucket> shared = () -> proxyManager.get().builder().build(key, () -> configuration(settings));
		return shared(provider, settings, shared, Timing.SYSTEM, new SharedPause(pauses, key));
	}

	static Bucket4jRateLimiter shared(String provider, RateLimitSettings settings, Supplier<Bucket> shared,
			Timing timing) {
		return shared(provider, settings, shared, timing, SharedPause.NONE);
	}

	static Bucket4jRateLimiter shared(String provider, RateLimitSettings settings, Supplier<Bucket> shared,
			Timing timing, SharedPause pauses) {
		Buckets buckets = settings.limitsRate()
				? Buckets.shared(provider, shared, localBucket(settings, timing), timing.meter()) : null;
		return new Bucket4jRateLimiter(provider, settings, buckets, timing, pauses);
	}

	/**
	 * Return the bucket configuration of a rate: one token, refilled every
	 * {@link RateLimitSettings#spacing()}.
	 * @param settings the limit, which must limit the rate
	 * @return the configuration
	 */
	static BucketConfiguration configuration(RateLimitSettings settings) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(CAPACITY).refillGreedy(CAPACITY, settings.spacing()).build())
			.build();
	}

	private static Bucket localBucket(RateLimitSettings settings, Timing timing) {
		return Bucket.builder()
			.addLimit(configuration(settings).getBandwidths()[0])
			.withCustomTimePrecision(timing.meter())
			.build();
	}

	@Override
	public RateLimitPermit acquire(Duration maxWait) throws InterruptedException {
		long start = this.timing.now();
		long deadline = start + maxWait.toNanos();
		refuseIfPausedPast(start, deadline, maxWait);
		RateLimitPermit permit = RateLimitPermit.NONE;
		if (this.concurrency != null) {
			RateLimitPermit place = this.concurrency.tryAcquire(maxWait.toNanos());
			if (place == null) {
				throw RateLimitExceededException.concurrency(this.provider, this.concurrency.places(), maxWait);
			}
			permit = place;
		}
		// Read after the wait for a place: a pause that began during it is already the
		// bucket's debt, which the token below waits out; only a pause that begins while
		// the token is taken must be sat out besides.
		long pausedBefore = this.pausedInAll.get();
		try {
			if (this.buckets != null) {
				takeToken(this.buckets, start, deadline, maxWait);
			}
			sitOutPause(start, deadline, maxWait, pausedBefore);
			return permit;
		}
		catch (InterruptedException | RuntimeException ex) {
			permit.release();
			throw ex;
		}
	}

	@Override
	public RateLimitPermit acquireOnCredit() {
		long now = this.timing.now();
		refuseIfPausedPast(now, now, Duration.ZERO);
		RateLimitPermit permit = RateLimitPermit.NONE;
		if (this.concurrency != null) {
			RateLimitPermit place = this.concurrency.tryNow();
			if (place == null) {
				throw RateLimitExceededException.concurrency(this.provider, this.concurrency.places(), Duration.ZERO);
			}
			permit = place;
		}
		try {
			if (this.buckets != null) {
				this.buckets.call((bucket) -> bucket.consumeIgnoringRateLimits(1));
			}
			return permit;
		}
		catch (RuntimeException ex) {
			permit.release();
			throw ex;
		}
	}

	private void takeToken(Buckets buckets, long start, long deadline, Duration maxWait)
			throws InterruptedException {
		long left = Math.max(0, deadline - this.timing.now());
		LimitInForce inForce = this.inForce;
		boolean taken;
		if (inForce == null) {
			taken = (left > 0)
					? buckets.blocking((bucket) -> bucket.asBlocking().tryConsume(1, left, this.timing.blocking()))
					: buckets.blocking((bucket) -> bucket.tryConsume(1));
		}
		else {
			// A shared bucket's operation reads its configuration anyway: verbose, it says so.
			VerboseResult<Boolean> result = (left > 0)
					? buckets.blocking(
							(bucket) -> bucket.asBlocking().asVerbose().tryConsume(1, left, this.timing.blocking()))
					: buckets.blocking((bucket) -> bucket.asVerbose().tryConsume(1));
			inForce.observe(result.getConfiguration());
			taken = result.getValue();
		}
		if (!taken) {
			long toWait = buckets.call((bucket) -> bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
			RateLimitSettings limit = (inForce != null) ? inForce.settings() : null;
			throw refused(start, toWait, maxWait, ((limit != null) ? limit : this.settings).describe());
		}
	}

	/**
	 * A pause the provider demanded while the caller waited for its turn holds for it too:
	 * its turn moves back by as much as the pause grew meanwhile, and never into the pause.
	 * A pause learned or heard during that wait holds as well, so the caller looks again
	 * after every wait, until it finds no pause.
	 */
	private void sitOutPause(long start, long deadline, Duration maxWait, long pausedBefore)
			throws InterruptedException {
		long seen = pausedBefore;
		while (true) {
			long now = this.timing.now();
			long inAll = this.pausedInAll.get();
			long pause = Math.max(inAll - seen, this.pausedUntil.get() - now);
			if (pause <= 0) {
				return;
			}
			if (pause > deadline - now) {
				throw refused(start, pause, maxWait, PAUSE_CAUSE);
			}
			seen = inAll;
			this.timing.blocking().park(pause);
		}
	}

	private void refuseIfPausedPast(long start, long deadline, Duration maxWait) {
		long pause = this.pausedUntil.get() - start;
		if (pause > 0 && pause > deadline - start) {
			throw refused(start, pause, maxWait, PAUSE_CAUSE);
		}
	}

	private RateLimitExceededException refused(long start, long nanosFromNow, Duration maxWait, String cause) {
		long waited = this.timing.now() - start;
		long required = Math.max(0, waited) + Math.max(0, nanosFromNow);
		// Whole milliseconds, rounded up: the wait a caller would schedule for.
		Duration wait = Duration.ofMillis((required + 999_999) / 1_000_000);
		return RateLimitExceededException.rate(this.provider, wait, maxWait, cause);
	}

	@Override
	public void learn(HttpStatusCode status, HttpHeaders headers) {
		try {
			Instant now = this.timing.clock().instant();
			Integer remaining = ProviderSignals.remaining(headers);
			if (remaining != null) {
				this.remaining = new Reported(remaining, now);
				if (remaining == 0) {
					Duration reset = ProviderSignals.reset(headers, now);
					pause(RateLimitPause.Cause.WINDOW_SPENT, reset,
							(reset != null) ? min(reset, this.settings.period()) : spentWindowPause());
				}
			}
			if (ProviderSignals.tooManyRequests(status)) {
				Duration retryAfter = ProviderSignals.retryAfter(headers, now);
				pause(RateLimitPause.Cause.TOO_MANY_REQUESTS, retryAfter,
						(retryAfter != null) ? retryAfter : defaultPause());
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Could not learn from an answer of provider '" + this.provider + "': "
					+ ex.getClass().getName());
		}
	}

	/**
	 * The pause after a spent window whose reset the provider does not give: one spacing.
	 * Requests spaced evenly meet a spent window only at its end, so the next turn
	 * usually finds it renewed; if not, that request's 429 says exactly how long to wait.
	 * A longer guess would waste a part of every window.
	 */
	Duration spentWindowPause() {
		return this.settings.limitsRate() ? this.settings.spacing() : DEFAULT_PAUSE;
	}

	/** The pause when the provider does not say how long: {@link #DEFAULT_PAUSE} or one spacing. */
	Duration defaultPause() {
		return this.settings.limitsRate() ? max(DEFAULT_PAUSE, this.settings.spacing()) : DEFAULT_PAUSE;
	}

	/**
	 * Pause every caller for the given time, at most {@link RateLimitSettings#maxPause()}:
	 * on this instance through {@link #pausedUntil} and {@link #pausedInAll}, everywhere
	 * the bucket is shared by its debt, and on the other instances' queued callers through
	 * {@link SharedPauses}. Only what extends the pause already known counts,
	 * so that several 429s of one moment, on any number of threads, do not add up.
	 * @param cause what demanded the pause
	 * @param demanded how long the answer asked for, or {@code null} when it did not say
	 * @param wanted the pause to take, before {@code maxPause}
	 */
	private void pause(RateLimitPause.Cause cause, @Nullable Duration demanded, Duration wanted) {
		Duration pause = min(wanted, this.settings.maxPause());
		RateLimitPause learned = new RateLimitPause(this.timing.clock().instant().plus(pause), cause, demanded,
				pause);
		long known = extendPause(pause, learned);
		if (known < 0) {
			return;
		}
		if (this.buckets != null) {
			owe(this.buckets, pause, Duration.ofNanos(known));
		}
		this.shared.post(learned);
		if (logger.isDebugEnabled()) {
			logger.debug("Provider '" + this.provider + "' demanded a pause of " + ((demanded != null) ? demanded
					: "unsaid length") + " (" + cause + "); its requests wait " + pause + ", until it is over");
		}
	}

	/**
	 * Apply a pause another instance learned for the shared bucket: its callers here,
	 * queued ones included, wait it out as if this instance had learned it. No debt: the
	 * other instance added it. A pause that ended meanwhile, or that was heard already,
	 * changes nothing, and none is taken longer than this instance's {@code maxPause}
	 * from when it was first heard.
	 */
	private void heard(RateLimitPause pause) {
		Instant now = this.timing.clock().instant();
		Duration left = Duration.between(now, pause.until());
		if (left.isNegative() || left.isZero()) {
			return;
		}
		Instant known = this.lastHeard.getAndAccumulate(pause.until(), (last, next) -> next.isAfter(last) ? next : last);
		if (!pause.until().isAfter(known)) {
			return;
		}
		Duration taken = min(left, this.settings.maxPause());
		RateLimitPause kept = left.equals(taken) ? pause
				: new RateLimitPause(now.plus(taken), pause.cause(), pause.demanded(), taken);
		if (extendPause(taken, kept) >= 0 && logger.isDebugEnabled()) {
			logger.debug("Provider '" + this.provider + "': another instance learned a pause (" + pause.cause()
					+ "); requests here wait " + taken + ", until it is over");
		}
	}

	/**
	 * Extend the pause known here to {@code pause} from now, if it is longer, on this
	 * instance's callers: through {@link #pausedUntil} for those to come, and
	 * {@link #pausedInAll} for those already queued. Only what extends the pause already
	 * known counts, so that pauses of one moment, on any number of threads, do not add up.
	 * @return what was known of the pause before, in nanoseconds from now, or {@code -1}
	 * when the pause known already lasts as long
	 */
	private long extendPause(Duration pause, RateLimitPause kept) {
		long now = this.timing.now();
		long until = now + pause.toNanos();
		long before;
		do {
			before = this.pausedUntil.get();
			if (until - before <= 0) {
				return -1;
			}
		}
		while (!this.pausedUntil.compareAndSet(before, until));
		this.lastPause = kept;
		long known = Math.max(0, before - now);
		this.pausedInAll.addAndGet(until - now - known);
		return known;
	}

	/**
	 * Put what a pause adds to the one already known into the bucket as debt, so that the
	 * next permit is at most {@code maxPause} away: the tokens are reserved only if the
	 * last of them is due at least one spacing before, which the store checks and applies
	 * in one operation. If the bucket owes too much already for all of them (another
	 * instance's pause, callers queued), only the tokens that still fit are added. When
	 * one spacing is as long as {@code maxPause}, the spacing alone holds the next permit
	 * back that long, and nothing is added.
	 */
	private void owe(Buckets buckets, Duration pause, Duration known) {
		long spacing = this.settings.spacing().toNanos();
		long lastDue = this.settings.maxPause().toNanos() - spacing;
		long owed = Math.min(tokensFor(pause, this.settings.spacing()), lastDue / spacing + 1)
				- tokensFor(known, this.settings.spacing());
		if (lastDue <= 0 || owed <= 0) {
			return;
		}
		buckets.call((bucket) -> {
			if (reserve(bucket, owed, lastDue)) {
				return true;
			}
			// The n-th token is due one spacing after the first, which is this far away.
			long first = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
			long room = (first <= lastDue) ? Math.min(owed, (lastDue - first) / spacing + 1) : 0;
			return room > 0 && reserve(bucket, room, lastDue);
		});
	}

	/** Reserve tokens if the last of them is due within {@code lastDue} nanoseconds, without waiting. */
	private static boolean reserve(Bucket bucket, long tokens, long lastDue) {
		try {
			return bucket.asBlocking().tryConsume(tokens, lastDue, NO_WAIT);
		}
		catch (InterruptedException ex) {
			// NO_WAIT never waits; a store interrupted keeps the flag.
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	/** The tokens that refill in the given time, rounded up. */
	static long tokensFor(Duration time, Duration spacing) {
		long spacingNanos = spacing.toNanos();
		return (time.toNanos() + spacingNanos - 1) / spacingNanos;
	}

	@Override
	public RateLimitState state() {
		Duration nextPermitIn = null;
		if (this.buckets != null) {
			try {
				VerboseResult<EstimationProbe> estimate = this.buckets
					.call((bucket) -> bucket.asVerbose().estimateAbilityToConsume(1));
				if (this.inForce != null) {
					this.inForce.observe(estimate.getConfiguration());
				}
				nextPermitIn = Duration.ofNanos(Math.max(0, estimate.getValue().getNanosToWaitForRefill()));
			}
			catch (RuntimeException ex) {
				// health shows what is known
			}
		}
		long pause = this.pausedUntil.get() - this.timing.now();
		Reported reported = this.remaining;
		RateLimitSettings inForce = (this.inForce != null) ? this.inForce.settings()
				: (this.buckets != null) ? this.settings : null;
		return new RateLimitState(this.settings, this.buckets != null && this.buckets.shared(),
				(reported != null) ? reported.remaining() : null, (reported != null) ? reported.at() : null,
				nextPermitIn, (pause > 0) ? Duration.ofNanos(pause) : null,
				(this.concurrency != null) ? this.concurrency.inFlight() : 0,
				this.buckets != null && this.buckets.onFallback(), (pause > 0) ? this.lastPause : null, inForce,
				this.shared.sharing());
	}

	@Override
	public String toString() {
		return "Bucket4jRateLimiter[" + this.provider + ", " + this.settings.describe() + ", "
				+ ((this.buckets != null && this.buckets.shared()) ? "shared" : "local") + "]";
	}

	/**
	 * What the provider last said remains of its window.
	 *
	 * @param remaining the requests left
	 * @param at when it said so
	 */
	private record Reported(int remaining, Instant at) {
	}

	/**
	 * Where this limiter's pauses are shared, under which key; {@link #NONE} when they
	 * stay here, which posts and hears nothing.
	 *
	 * @param pauses where pauses are posted and heard
	 * @param key the shared bucket's key
	 */
	record SharedPause(SharedPauses pauses, String key) {

		/** Pauses that stay with this limiter: health says they are not shared. */
		static final SharedPause NONE = new SharedPause(SharedPauses.NONE, "");

		void listen(Consumer<RateLimitPause> listener) {
			this.pauses.listen(this.key, listener);
		}

		void post(RateLimitPause pause) {
			this.pauses.post(this.key, pause);
		}

		RateLimitState.PauseSharing sharing() {
			if (this.pauses == SharedPauses.NONE) {
				return RateLimitState.PauseSharing.NONE;
			}
			return this.pauses.available() ? RateLimitState.PauseSharing.SHARED
					: RateLimitState.PauseSharing.UNAVAILABLE;
		}

	}

}
