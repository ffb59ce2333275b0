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
		TokenStoreAvailability store = this.store;
		if (store == null || !store.mayUse()) {
			return new Outcome(clerk.get(), true, false);
		}
		String id = this.cookie.accountId();
		SunoToken stored;
		boolean locked;
		try {
			stored = timed(store.store().read(id));
			if (stored != null && stored.freshAt(this.clock.instant())) {
				store.answered();
				return new Outcome(stored, false, false);
			}
			locked = store.store().tryLock(id, LOCK_LEASE);
			store.answered();
		}
		catch (RuntimeException ex) {
			failed(store, ex);
			return new Outcome(clerk.get(), true, false);
		}
		return locked ? refreshLocked(store, id, clerk) : new Outcome(stored, false, true);
	}

	private Outcome refreshLocked(TokenStoreAvailability store, String id, Supplier<SunoToken> clerk) {
		try {
			SunoToken stored = readAgain(store, id);
			if (stored != null) {
				return new Outcome(stored, false, false);
			}
			SunoToken issued = clerk.get();
			publish(store, id, issued);
			return new Outcome(issued, true, false);
		}
		finally {
			unlock(store, id);
		}
	}

	/** The winner's second look: another instance may have published just before the lock was free. */
	private @Nullable SunoToken readAgain(TokenStoreAvailability store, String id) {
		try {
			SunoToken stored = timed(store.store().read(id));
			return (stored != null && stored.freshAt(this.clock.instant())) ? stored : null;
		}
		catch (RuntimeException ex) {
			failed(store, ex);
			return null;
		}
	}

	private void publish(TokenStoreAvailability store, String id, SunoToken issued) {
		try {
			store.store().publish(id, issued.toShared(), Duration.between(this.clock.instant(), issued.expiresAt()));
			store.answered();
		}
		catch (RuntimeException ex) {
			failed(store, ex);
		}
	}

	private void unlock(TokenStoreAvailability store, String id) {
		try {
			store.store().unlock(id);
		}
		catch (RuntimeException ex) {
			// The lease ends the lock; the next store call tells health whether the store is back.
			failed(store, ex);
		}
	}

	private void failed(TokenStoreAvailability store, RuntimeException ex) {
		store.failed(ex, this.cookie.fingerprint());
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
