package io.github.genmedia.providers.suno;

import io.github.genmedia.providers.api.WireValue;

/**
 * The status of a Suno clip, as the feed ({@link SunoApi#getFeed(java.util.List)}) reports it while the clip
 * is made: {@code submitted}, then {@code queued}, {@code streaming} and
 * {@code complete}, or {@code error}.
 * <p>
 * A {@link #STREAMING} clip already has a playable {@code audio_url}: a stream of the
 * audio still being generated, which plays while it grows. Suno's own clients treat
 * {@code streaming} as "ready to play"; wait for {@link #COMPLETE} for the final file,
 * its duration and cover image.
 *
 * @since 0.1.0
 */
public enum SunoClipStatus implements WireValue {

	/** Accepted, not yet started; {@code audio_url} and {@code title} are empty. */
	SUBMITTED,

	/**
	 * Waiting for a worker. Suno's clients also mention the spelling {@code queue}, read as
	 * this constant.
	 */
	QUEUED,

	/** Being generated; {@code audio_url} already plays the audio as it is made. */
	STREAMING,

	/** Done: the final audio, image and duration are there. */
	COMPLETE,

	/** Failed; the clip's {@code metadata.error_message} says why, when Suno says. */
	ERROR,

	/** A status Suno added after this enum was written. */
	UNKNOWN;

	/**
	 * Whether the clip will not change any more.
	 * @return {@code true} for complete and error
	 */
	public boolean isTerminal() {
		return this == COMPLETE || this == ERROR;
	}

	/**
	 * Whether the clip's {@code audio_url} can be played: while streaming, and once
	 * complete.
	 * @return {@code true} for streaming and complete
	 */
	public boolean isPlayable() {
		return this == STREAMING || this == COMPLETE;
	}

	/**
	 * Return whether Suno's value stands for this constant: its {@link #wireValue()}, and
	 * for {@link #QUEUED} also {@code queue}.
	 * @param value the value read, without surrounding white space
	 * @return whether the value stands for this constant
	 */
	@Override
	public boolean isWrittenAs(String value) {
		return WireValue.super.isWrittenAs(value) || (this == QUEUED && value.equalsIgnoreCase("queue"));
	}

}
