package io.github.genmedia.providers.sunor;

import io.github.genmedia.providers.api.WireValue;

/**
 * The status of a Sunor task.
 *
 * @since 0.1.0
 */
public enum SunorTaskStatus implements WireValue {

	/** Submitted, waiting to be processed. */
	PENDING,

	/** Being processed by the upstream provider. */
	RUNNING,

	/** Done: the output is available. */
	SUCCESS,

	/** Failed (see the task's error); the credits are refunded. */
	FAILURE,

	/** Timed out; the credits are refunded. */
	TIMEOUT,

	/** A status Sunor added after this enum was written. */
	UNKNOWN;

	/**
	 * Whether the task will not change any more.
	 * @return {@code true} for success, failure and timeout
	 */
	public boolean isTerminal() {
		return this == SUCCESS || this == FAILURE || this == TIMEOUT;
	}

}
