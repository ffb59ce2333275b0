package io.github.genmedia.providers.suno;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * Whether a {@link SunoTokenStore} answers, known once for all the accounts of a
 * {@link SunoTokenProvider} (the configured one and every per-request one), since they
 * all use the same store.
 * <p>
 * An outage is logged once (WARN when the store first fails, INFO when it answers again),
 * however many accounts run into it. While the store is known to be down, accounts ask
 * Clerk directly instead of each waiting for the store to time out first; only one
 * refresh per {@link #PROBE_INTERVAL} (on the provider's clock) still goes to the store,
 * so that its return is noticed and every account shares again.
 */
final class TokenStoreAvailability {

	private static final Log logger = LogFactory.getLog(SunoAccount.class);

	/** While the store is down, at most one refresh this often tries it; as often as shared pauses are re-read. */
	static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);

	private final SunoTokenStore store;

	private final Clock clock;

	private final AtomicBoolean down = new AtomicBoolean();

	/** While {@link #down}, the earliest time the next refresh may try the store. */
	private final AtomicReference<Instant> nextProbe = new AtomicReference<>(Instant.MIN);

	TokenStoreAvailability(SunoTokenStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	SunoTokenStore store() {
		return this.store;
	}

	/**
	 * Whether a refresh should use the store now: always while it answers; while it is
	 * down, only the first refresh once the probe interval has passed, which takes the
	 * probe for the next interval.
	 * @return {@code true} to go through the store, {@code false} to ask Clerk directly
	 */
	boolean mayUse() {
		if (!this.down.get()) {
			return true;
		}
		Instant next = this.nextProbe.get();
		Instant now = this.clock.instant();
		return !now.isBefore(next) && this.nextProbe.compareAndSet(next, now.plus(PROBE_INTERVAL));
	}

	/**
	 * The store answered a command.
	 */
	void answered() {
		if (this.down.compareAndSet(true, false)) {
			logger.info(LogMessage.format("The shared Suno token store (%s) answers again; Suno accounts share their "
					+ "tokens again", this.store.name()));
		}
	}

	/**
	 * A command of the store failed.
	 * @param ex the failure, named by its type only
	 * @param account the fingerprint of the account that ran into it
	 */
	void failed(RuntimeException ex, String account) {
		this.nextProbe.set(this.clock.instant().plus(PROBE_INTERVAL));
		if (this.down.compareAndSet(false, true)) {
			logger.warn(LogMessage.format("The shared Suno token store (%s) failed (%s, for account %s); every Suno "
					+ "account refreshes its token locally until the store answers again, which is tried every %d s",
					this.store.name(), ex.getClass().getSimpleName(), account, PROBE_INTERVAL.toSeconds()));
		}
	}

	/**
	 * Return the store's trouble for health.
	 * @return what is wrong, without secrets, or {@code null} while the store answers
	 */
	@Nullable String problem() {
		return this.down.get() ? this.store.name() + " unavailable, refreshing locally" : null;
	}

	@Override
	public String toString() {
		return "TokenStoreAvailability[" + this.store.name() + (this.down.get() ? ", down]" : ", answers]");
	}

}
