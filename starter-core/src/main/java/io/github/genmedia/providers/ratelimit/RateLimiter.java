package io.github.genmedia.providers.ratelimit;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * Keeps one provider's requests within its limits: hands out a permit per request and
 * learns from the provider's answers.
 * <p>
 * One limiter per provider and credential, shared by every client of that provider in
 * the application (its {@code RestClient}, its HTTP service group, its health probe), so
 * that they draw on one budget. {@link Bucket4jRateLimiter} keeps the budget in a Bucket4j
 * bucket, local or shared between instances. Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface RateLimiter {

	/**
	 * Take a permit for one request, waiting for it at most {@code maxWait}.
	 * @param maxWait the longest the calling thread may wait
	 * @return the permit, to be released once the request is answered or failed
	 * @throws RateLimitExceededException if no permit can be had within {@code maxWait};
	 * nothing is held then
	 * @throws InterruptedException if the thread is interrupted while it waits
	 */
	RateLimitPermit acquire(Duration maxWait) throws InterruptedException;

	/**
	 * Take a permit at once, on credit when none is free: the requests after it wait one
	 * turn longer. For the few requests that must neither wait nor be refused while the
	 * budget is merely busy, such as a health probe once every few seconds.
	 * @return the permit, to be released once the request is answered or failed
	 * @throws RateLimitExceededException while a pause the provider demanded lasts, or
	 * when every place for a request in flight is taken
	 */
	RateLimitPermit acquireOnCredit();

	/**
	 * Learn from an answer of the provider: what remains of its budget
	 * ({@code X-RateLimit-Remaining}) and a demand to pause (429 with
	 * {@code Retry-After}). Never throws: a limiter that cannot learn still limits.
	 * @param status the status of the answer
	 * @param headers its headers
	 */
	void learn(HttpStatusCode status, HttpHeaders headers);

	/**
	 * Return what the limiter knows now, for health.
	 * @return the state; never a credential
	 */
	RateLimitState state();

}
