package io.github.genmedia.providers.autoconfigure.properties;

import java.time.Duration;

/**
 * A built-in provider's rate limit as its documentation states it, with where it says
 * so: the default of {@code providers.<name>.rate-limit.*}.
 *
 * @param requests the requests per period and key; {@code 0} for none documented
 * @param period the period
 * @param maxConcurrent the requests or jobs at once; {@code 0} for none documented
 * @param source the page that states it, then a colon and what the page states, with
 * which plan it is for and any words worth quoting: for example
 * {@code docs.acme.test/limits: 30 requests per minute per key on the Free plan}. The
 * configuration metadata cites the page in each {@code rate-limit.*} description, and what
 * it states once
 * @since 0.1.0
 */
public record DocumentedRateLimit(int requests, Duration period, int maxConcurrent, String source) {

	/**
	 * A limit per minute, without concurrency limit.
	 * @param requests the requests per minute
	 * @param source the page that states it
	 * @return the limit
	 */
	public static DocumentedRateLimit perMinute(int requests, String source) {
		return new DocumentedRateLimit(requests, Duration.ofMinutes(1), 0, source);
	}

	/**
	 * Return a copy that also limits the requests at once.
	 * @param maxConcurrent the requests or jobs at once
	 * @return the copy
	 */
	public DocumentedRateLimit withMaxConcurrent(int maxConcurrent) {
		return new DocumentedRateLimit(this.requests, this.period, maxConcurrent, this.source);
	}

}
