package io.github.genmedia.providers.ratelimit;

import java.util.function.Consumer;

/**
 * Where the instances that share a rate-limit bucket tell each other the pauses the
 * provider demanded, so that one 429 stops the whole fleet at once.
 * <p>
 * A pause also goes into a shared bucket as debt, but debt reaches only the callers that
 * reserve a turn after it: those another instance had already queued would still send
 * inside the pause and meet a second 429 from the same window. A limiter that shares its
 * pauses posts each one it learns ({@link #post(String, RateLimitPause)}) and applies
 * those it hears ({@link #listen(String, Consumer)}) to its own callers, queued ones
 * included, as if it had learned them itself. An implementation keeps the longest pause
 * of a key until it ends (a later, shorter one never shortens it), so that an instance
 * that starts meanwhile hears it too.
 * <p>
 * Implementations are thread-safe and never throw from these methods: a store that cannot
 * be reached leaves each instance with the pauses it learns itself, and says so through
 * {@link #available()}.
 *
 * @since 0.1.0
 */
public interface SharedPauses {

	/** Pauses that stay with the instance that learned them. */
	SharedPauses NONE = new SharedPauses() {

		@Override
		public void post(String key, RateLimitPause pause) {
		}

		@Override
		public void listen(String key, Consumer<RateLimitPause> listener) {
		}

		@Override
		public boolean available() {
			return false;
		}

	};

	/**
	 * Tell the other instances of a pause learned here, without waiting for the store.
	 * @param key the shared bucket's key
	 * @param pause the pause, already cut to {@link RateLimitSettings#maxPause()}
	 */
	void post(String key, RateLimitPause pause);

	/**
	 * Hear the pauses the other instances post for a key from now on, and the one they
	 * stored before, if it still lasts. The listener is held only as long as the caller
	 * holds it (weakly), so that a limiter that is forgotten is not kept alive by it; it
	 * is called on the store's threads and must not block.
	 * @param key the shared bucket's key
	 * @param listener told each pause another instance posted
	 */
	void listen(String key, Consumer<RateLimitPause> listener);

	/**
	 * Whether pauses are shared just now.
	 * @return {@code false} while the store cannot be reached, or when pauses are not
	 * shared at all ({@link #NONE})
	 */
	boolean available();

}
