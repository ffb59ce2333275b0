package io.github.genmedia.providers.supertone;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One line of streamed speech with phonemes ({@code application/x-ndjson}): either a
 * piece of audio or the phoneme timings of a piece, never both. The first audio piece
 * carries the file header; the others are raw audio to append to it.
 *
 * @param audioBase64 a piece of audio in base64, or {@code null} on a phoneme line
 * @param phonemes phoneme timings, or {@code null} on an audio line; times count from the
 * start of the whole audio
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneSpeechChunk(@JsonProperty("audio_base64") @Nullable String audioBase64,
		@Nullable SupertonePhonemes phonemes) {

	/**
	 * Return this line's audio.
	 * @return the decoded audio bytes; empty on a phoneme line
	 */
	public byte[] audio() {
		return (this.audioBase64 != null) ? Base64.getDecoder().decode(this.audioBase64) : new byte[0];
	}

}
