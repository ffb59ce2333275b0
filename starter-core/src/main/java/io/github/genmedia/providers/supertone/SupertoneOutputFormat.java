package io.github.genmedia.providers.supertone;

import io.github.genmedia.providers.api.WireValue;

/**
 * The audio format of Supertone's speech; {@link #WAV} when a request names none.
 *
 * @since 0.1.0
 */
public enum SupertoneOutputFormat implements WireValue {

	/** WAV, lossless: {@code audio/wav}. */
	WAV("audio/wav"),

	/** MP3, smaller: {@code audio/mpeg}. */
	MP3("audio/mpeg"),

	/** A format Supertone added after this enum was written; never sent. */
	UNKNOWN("application/octet-stream");

	private final String contentType;

	SupertoneOutputFormat(String contentType) {
		this.contentType = contentType;
	}

	/**
	 * Return the content type Supertone answers this format with.
	 * @return {@code audio/wav} or {@code audio/mpeg}
	 */
	public String contentType() {
		return this.contentType;
	}

}
