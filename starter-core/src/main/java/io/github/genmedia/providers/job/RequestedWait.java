package io.github.genmedia.providers.job;

import java.time.Duration;

import io.github.genmedia.providers.retry.RetryAfterTooLongException;
import org.jspecify.annotations.Nullable;

/**
 * The wait a provider asked for in a failed poll's answer ({@code Retry-After} beyond
 * what the client's retries would wait), so the next poll honours it.
 */
final class RequestedWait {

	private RequestedWait() {
	}

	static @Nullable Duration of(RuntimeException failure) {
		return (failure instanceof RetryAfterTooLongException tooLong) ? tooLong.getRequestedWait() : null;
	}

}
