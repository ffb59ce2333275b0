package io.github.genmedia.providers.ratelimit;

import java.time.Duration;

import io.github.genmedia.providers.error.ProviderFailureException;
import org.jspecify.annotations.Nullable;

/**
 * A request could not get a rate-limit permit within its
 * {@link RateLimitSettings#maxWait()}, so it failed without being sent.
 * <p>
 * Not a {@code ProviderException}: the provider never saw the request, so there is no
 * status. A runtime exception, so that {@code RestClient} hands it to the caller as it is
 * rather than wrapping it as an I/O failure; catch it to shed load or to schedule the
 * call for {@link #getRequiredWait()} later. The message names the provider, the limit
 * and the wait; never a key.
 *
 * @since 0.1.0
 */
public class RateLimitExceededException extends ProviderFailureException {

	private final @Nullable Duration requiredWait;

	private final Duration maxWait;

	protected RateLimitExceededException(String message, String provider, @Nullable Duration requiredWait,
			Duration maxWait) {
		super(message, provider);
		this.requiredWait = requiredWait;
		this.maxWait = maxWait;
	}

	/**
	 * The requests per period leave no permit within {@code maxWait}.
	 * @param provider the provider's name
	 * @param requiredWait how long the request would have had to wait in all
	 * @param maxWait the longest it was allowed to wait
	 * @param cause what holds the permits back, for example {@code 120 requests per PT1M}
	 * or {@code a pause the provider demanded with Retry-After}
	 * @return the exception
	 */
	public static RateLimitExceededException rate(String provider, Duration requiredWait, Duration maxWait,
			String cause) {
		return new RateLimitExceededException("Provider '" + provider
				+ "': no rate-limit permit within rate-limit.max-wait (" + maxWait + "); a request would have to wait "
				+ requiredWait + " (" + cause + ")", provider, requiredWait, maxWait);
	}

	/**
	 * Every place for a request in flight stayed taken for {@code maxWait}.
	 * @param provider the provider's name
	 * @param maxConcurrent the places
	 * @param maxWait the longest the request was allowed to wait
	 * @return the exception
	 */
	public static RateLimitExceededException concurrency(String provider, int maxConcurrent, Duration maxWait) {
		return new RateLimitExceededException("Provider '" + provider
				+ "': no rate-limit permit within rate-limit.max-wait (" + maxWait + "); all " + maxConcurrent
				+ " requests allowed in flight at once (rate-limit.max-concurrent) stayed in flight", provider, null,
				maxWait);
	}

	/**
	 * Return how long the request would have had to wait for a permit, from the start of
	 * its wait.
	 * @return the wait, or {@code null} when it depends on requests in flight finishing
	 */
	public @Nullable Duration getRequiredWait() {
		return this.requiredWait;
	}

	/**
	 * Return the longest the request was allowed to wait.
	 * @return the configured {@code max-wait}
	 */
	public Duration getMaxWait() {
		return this.maxWait;
	}

}
