package io.github.genmedia.providers.suno;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One account's refresh through a {@link SunoTokenStore}: use the fleet's token while it
 * is fresh, else refresh under the fleet's lock, so that one instance asks Clerk and the
 * others read what it published.
 * <p>
 * The lock's winner reads the store again before calling Clerk (another instance may
 * have just released it), and publishes the new token with a time to live that ends at
 * its expiry. A loser gets a waiting outcome and looks again shortly. When the
 * store fails, the account asks Clerk itself, as without a store, until the store
 * answers again; {@link #problem()} says so meanwhile. Whether the store answers is
 * known once for all the provider's accounts ({@link TokenStoreAvailability}): while it
 * is down, a refresh asks Clerk without trying the store, except the one probe per
 * interval. Without a store, every refresh asks Clerk.
 */
final class SharedTokens {

	/** Longer than a Clerk refresh with its retries takes; ends a dead instance's lock. */
	static final Duration LOCK_LEASE = Duration.ofSeconds(30);

	private final @Nullable TokenStoreAvailability store;

	private final SunoCookie cookie;

	private final SunoTokenSettings settings;

	private final Clock clock;

	SharedTokens(@Nullable TokenStoreAvailability store, SunoCookie cookie, SunoTokenSettings settings, Clock clock) {
		this.store = store;
		this.cookie = cookie;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Get a fresh token from the store, or from Clerk under the lock.
	 * @param clerk asks Clerk for a token; its exceptions pass through
	 * @return the outcome
	 */
	Outcome refresh(Supplier<SunoToken> clerk) {
		TokenStoreAvailability availability = this.store;
		if (availability == null || !availability.mayUse()) {
			return new Outcome(clerk.get(), true, false);
		}
		SunoTokenStore shared = availability.store();
		String id = this.cookie.accountId();
		SunoToken stored;
		boolean locked;
		try {
			stored = timed(shared.read(id));
			if (stored != null && stored.freshAt(this.clock.instant())) {
				answered();
				return new Outcome(stored, false, false);
			}
			locked = shared.tryLock(id, LOCK_LEASE);
			answered();
		}
		catch (RuntimeException ex) {
			unavailable(ex);
			return new Outcome(clerk.get(), true, false);
		}
		return locked ? refreshLocked(shared, id, clerk) : new Outcome(stored, false, true);
	}

	private Outcome refreshLocked(SunoTokenStore shared, String id, Supplier<SunoToken> clerk) {
		try {
			SunoToken stored = readAgain(shared, id);
			if (stored != null) {
				return new Outcome(stored, false, false);
			}
			SunoToken issued = clerk.get();
			publish(shared, id, issued);
			return new Outcome(issued, true, false);
		}
		finally {
			unlock(shared, id);
		}
	}

	/** The winner's second look: another instance may have published just before the lock was free. */
	private @Nullable SunoToken readAgain(SunoTokenStore shared, String id) {
		try {
			SunoToken stored = timed(shared.read(id));
			return (stored != null && stored.freshAt(this.clock.instant())) ? stored : null;
		}
		catch (RuntimeException ex) {
			unavailable(ex);
			return null;
		}
	}

	private void publish(SunoTokenStore shared, String id, SunoToken issued) {
		try {
			shared.publish(id, issued.toShared(), Duration.between(this.clock.instant(), issued.expiresAt()));
			answered();
		}
		catch (RuntimeException ex) {
			unavailable(ex);
		}
	}

	private void unlock(SunoTokenStore shared, String id) {
		try {
			shared.unlock(id);
		}
		catch (RuntimeException ex) {
			// The lease ends the lock; the next store call tells health whether the store is back.
			unavailable(ex);
		}
	}

	private @Nullable SunoToken timed(@Nullable SharedSunoToken shared) {
		return (shared != null) ? SunoToken.shared(shared, this.settings) : null;
	}

	/**
	 * Return the store's trouble for health, the same for every account of the provider.
	 * @return what is wrong, without secrets, or {@code null} while the store answers or
	 * when there is none
	 */
	@Nullable String problem() {
		TokenStoreAvailability availability = this.store;
		return (availability != null) ? availability.problem() : null;
	}

	@Nullable String storeName() {
		TokenStoreAvailability availability = this.store;
		return (availability != null) ? availability.store().name() : null;
	}

	private void answered() {
		TokenStoreAvailability availability = this.store;
		if (availability != null) {
			availability.answered();
		}
	}

	private void unavailable(RuntimeException ex) {
		TokenStoreAvailability availability = this.store;
		if (availability != null) {
			availability.failed(ex, this.cookie.fingerprint());
		}
	}

	/**
	 * What a refresh came to.
	 *
	 * @param token the fresh token to use; while waiting, the fleet's last token, which
	 * may still be usable, or {@code null}
	 * @param fromClerk whether this instance asked Clerk for it
	 * @param waiting whether another instance holds the lock and is refreshing
	 */
	record Outcome(@Nullable SunoToken token, boolean fromClerk, boolean waiting) {

	}

}
