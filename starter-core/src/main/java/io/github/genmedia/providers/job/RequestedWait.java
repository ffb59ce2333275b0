package io.github.genmedia.providers.job;

import java.time.Duration;

import io.github.genmedia.providers.ratelimit.RateLimitExceededException;
import io.github.genmedia.providers.retry.RetryAfterTooLongException;
import org.jspecify.annotations.Nullable;

/**
 * The wait a failed poll was told about, so the next poll honours it: the provider's
 * {@code Retry-After} beyond what the client's retries would wait, or the wait for a
 * rate-limit permit beyond {@code rate-limit.max-wait}.
 */
final class RequestedWait {

	private RequestedWait() {
	}

	static @Nullable Duration of(RuntimeException failure) {
		if (failure instanceof RetryAfterTooLongException tooLong) {
			return tooLong.getRequestedWait();
		}
		return (failure instanceof RateLimitExceededException refused) ? refused.getRequiredWait() : null;
	}

}
