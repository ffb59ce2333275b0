package io.github.genmedia.providers.suno;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Where the instances of an application share each Suno account's token, so that the
 * fleet asks Clerk as often as one instance would: one instance refreshes under a lock
 * with a lease, the others read what it published.
 * <p>
 * Accounts are named by an id made from their {@code __client} cookie by a one-way hash
 * ({@link SunoAccount} computes it), never by the cookie itself, and only the token and
 * its times are handed to the store. Every method may throw a {@link RuntimeException}
 * when the store cannot be reached: the accounts of the {@link SunoTokenProvider} then
 * refresh by themselves, as without a store, say so in their health, and try the store
 * again once every few seconds only. Implementations answer promptly (a few seconds at
 * most), since refreshes wait for them.
 *
 * @since 0.1.0
 */
public interface SunoTokenStore {

	/**
	 * Return the fleet's current token of an account.
	 * @param accountId the account's id
	 * @return the token, or {@code null} when none was published or it expired
	 */
	@Nullable SharedSunoToken read(String accountId);

	/**
	 * Take the account's refresh lock unless another instance holds it.
	 * @param accountId the account's id
	 * @param lease how long the lock holds if it is not released, so that an instance
	 * that dies while refreshing does not block the fleet
	 * @return {@code true} if this instance holds the lock now
	 */
	boolean tryLock(String accountId, Duration lease);

	/**
	 * Publish a token Clerk has just issued.
	 * @param accountId the account's id
	 * @param token the token
	 * @param timeToLive how long it stays valid, after which the store may drop it
	 */
	void publish(String accountId, SharedSunoToken token, Duration timeToLive);

	/**
	 * Release the account's refresh lock if this instance holds it.
	 * @param accountId the account's id
	 */
	void unlock(String accountId);

	/**
	 * Return the store's name in logs and health details, such as {@code redis}.
	 * @return the name
	 */
	String name();

}
