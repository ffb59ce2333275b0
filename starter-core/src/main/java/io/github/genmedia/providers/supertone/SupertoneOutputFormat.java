package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.genmedia.providers.api.WireValue;
import org.jspecify.annotations.Nullable;

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

	@Override
	@JsonValue
	public String wireValue() {
		return WireValue.super.wireValue();
	}

	@JsonCreator
	static SupertoneOutputFormat of(@Nullable String value) {
		return WireValue.parse(values(), value, UNKNOWN);
	}

}
