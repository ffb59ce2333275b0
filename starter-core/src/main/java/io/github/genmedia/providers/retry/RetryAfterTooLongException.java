package io.github.genmedia.providers.retry;

import java.time.Duration;

import io.github.genmedia.providers.error.ProviderApiException;
import org.springframework.http.HttpStatusCode;

/**
 * The provider asked, with {@code Retry-After}, for a longer wait than
 * {@link RetrySettings#maxRetryAfter()} allows, so the request failed at once
 * instead of blocking the caller for that long.
 * <p>
 * A {@link ProviderApiException}, like the 429 or 503 it stands for would have been
 * without retries, so code that handles those keeps working; catch this one to schedule
 * the call for {@link #getRequestedWait()} later. A runtime exception, so that
 * {@code RestClient} hands it to the caller as it is rather than wrapping it as an I/O
 * failure.
 *
 * @since 0.1.0
 */
public class RetryAfterTooLongException extends ProviderApiException {

	/** Enough for any delta-seconds or HTTP date; a longer value is not worth quoting. */
	private static final int MAX_QUOTED_LENGTH = 64;

	private final Duration requestedWait;

	private final Duration maxRetryAfter;

	/**
	 * Create the exception.
	 * @param provider the provider's name
	 * @param statusCode the status that carried the header, 429 or 503
	 * @param retryAfter the header's value, quoted in the message
	 * @param requestedWait the wait the value asks for
	 * @param maxRetryAfter the longest wait allowed
	 */
	public RetryAfterTooLongException(String provider, HttpStatusCode statusCode, String retryAfter,
			Duration requestedWait, Duration maxRetryAfter) {
		super("Provider '" + provider + "' asked to retry after " + requestedWait + " (Retry-After: "
				+ quote(retryAfter) + "), longer than its retry.max-retry-after (" + maxRetryAfter + ")", provider,
				statusCode, null);
		this.requestedWait = requestedWait;
		this.maxRetryAfter = maxRetryAfter;
	}

	/**
	 * Return how long the provider asked to wait before the next request.
	 * @return the requested wait
	 */
	public Duration getRequestedWait() {
		return this.requestedWait;
	}

	/**
	 * Return the longest wait that was allowed.
	 * @return the configured {@code max-retry-after}
	 */
	public Duration getMaxRetryAfter() {
		return this.maxRetryAfter;
	}

	/** The value comes from the network: no line breaks into logs, no pages of text. */
	private static String quote(String value) {
		StringBuilder quoted = new StringBuilder();
		for (int i = 0; i < value.length() && quoted.length() < MAX_QUOTED_LENGTH; i++) {
			char c = value.charAt(i);
			quoted.append(Character.isISOControl(c) ? '?' : c);
		}
		return (value.length() > MAX_QUOTED_LENGTH) ? quoted + "…" : quoted.toString();
	}

}
