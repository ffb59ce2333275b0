package io.github.genmedia.providers.whisul;

import io.github.genmedia.providers.api.WireValue;

/**
 * The status of a Whisul job.
 *
 * @since 0.1.0
 */
public enum WhisulJobStatus implements WireValue {

	/** Being composed. */
	RUNNING,

	/** Done: the job's result holds the song. */
	COMPLETED,

	/** Failed: no audio was produced; the job's error may say why. */
	FAILED,

	/** A status Whisul added after this enum was written. */
	UNKNOWN;

	/**
	 * Whether the job will not change any more.
	 * @return {@code true} for completed and failed
	 */
	public boolean isTerminal() {
		return this == COMPLETED || this == FAILED;
	}

}
