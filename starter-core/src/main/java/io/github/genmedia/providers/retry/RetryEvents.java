package io.github.genmedia.providers.retry;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.log.LogMessage;
import org.springframework.http.HttpRequest;

/**
 * Reports what the retry layer does for one provider: a log line and an observer call.
 * <p>
 * Logged under {@link RetryInterceptor}'s name, at DEBUG, since a retry that succeeds
 * needs no one's attention. A line names the method and the path but never the query,
 * which may carry a signature or a token, nor any header value, nor an exception
 * message, which may quote the URL.
 *
 * @param provider the provider's name, in every line and observer call
 * @param observer told each outcome, for metrics
 */
record RetryEvents(String provider, RetryObserver observer) {

	private static final Log logger = LogFactory.getLog(RetryInterceptor.class);

	void retrying(HttpRequest request, RetryableFailure failure, int nextAttempt, int maxAttempts, Duration wait) {
		if (logger.isDebugEnabled()) {
			logger.debug(LogMessage.format("Retrying %s for provider '%s' in %d ms after %s (attempt %d of %d)",
					describe(request), this.provider, wait.toMillis(), failure.reason(), nextAttempt, maxAttempts));
		}
		record(RetryOutcome.RETRIED);
	}

	void exhausted(HttpRequest request, RetryableFailure failure, int attempts) {
		if (logger.isDebugEnabled()) {
			logger.debug(LogMessage.format("Giving up %s for provider '%s': attempt %d of %d failed with %s",
					describe(request), this.provider, attempts, attempts, failure.reason()));
		}
		record(RetryOutcome.EXHAUSTED);
	}

	void retryAfterTooLong(HttpRequest request, RetryAfterTooLongException ex) {
		if (logger.isDebugEnabled()) {
			logger.debug(LogMessage.format("Not retrying %s for provider '%s': HTTP %d asked to wait %s, longer than %s",
					describe(request), this.provider, ex.getStatusCode().value(), ex.getRequestedWait(),
					ex.getMaxRetryAfter()));
		}
		record(RetryOutcome.RETRY_AFTER_TOO_LONG);
	}

	void endedAfterRetry(boolean succeeded) {
		record(succeeded ? RetryOutcome.SUCCEEDED_AFTER_RETRY : RetryOutcome.FAILED_AFTER_RETRY);
	}

	/** Metrics must not fail a request that the retry may just have saved. */
	private void record(RetryOutcome outcome) {
		try {
			this.observer.record(this.provider, outcome);
		}
		catch (RuntimeException ex) {
			logger.warn(LogMessage.format("RetryObserver failed to record '%s' for provider '%s'", outcome.tagValue(),
					this.provider), ex);
		}
	}

	private static String describe(HttpRequest request) {
		String path = request.getURI().getRawPath();
		return request.getMethod().name() + " " + ((path == null || path.isEmpty()) ? "/" : path);
	}

}
