package io.github.genmedia.providers.retry;

/**
 * What a {@link RetryObserver} is told about: each retry, and how a request ends once
 * retrying was involved. A request that succeeds or fails on its first attempt without
 * a retry is not reported; the client's own HTTP metrics count it.
 *
 * @since 0.1.0
 */
public enum RetryOutcome {

	/** Another attempt follows a failed one; reported once per retry. */
	RETRIED("retried"),

	/** A retry got a response with a status below 400. */
	SUCCEEDED_AFTER_RETRY("succeeded_after_retry"),

	/**
	 * A retry ended with a failure that is not retried: another error status, an
	 * exception that is not retried, or an interrupted wait.
	 */
	FAILED_AFTER_RETRY("failed_after_retry"),

	/** Every attempt failed; the caller gets the last response or exception. */
	EXHAUSTED("exhausted"),

	/**
	 * The provider asked to wait longer than allowed; the request failed at once with a
	 * {@link RetryAfterTooLongException}.
	 */
	RETRY_AFTER_TOO_LONG("retry_after_too_long");

	private final String tagValue;

	RetryOutcome(String tagValue) {
		this.tagValue = tagValue;
	}

	/**
	 * Return the outcome as a metric tag value.
	 * @return the lower-case name, for example {@code succeeded_after_retry}
	 */
	public String tagValue() {
		return this.tagValue;
	}

}
