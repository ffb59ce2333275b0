package io.github.genmedia.providers.supertone;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Speech with its phoneme timings, as {@link SupertoneApi#createSpeechWithPhonemes}
 * returns it: the whole audio is in the answer, in base64, so it is held in memory.
 *
 * @param audioBase64 the audio in base64, in the requested format (WAV by default)
 * @param phonemes the phoneme timings; Supertone does not document what a model without
 * phonemes answers
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneSpeechWithPhonemes(@JsonProperty("audio_base64") String audioBase64,
		@Nullable SupertonePhonemes phonemes) {

	/**
	 * Return the audio.
	 * @return the decoded audio bytes
	 */
	public byte[] audio() {
		return Base64.getDecoder().decode(this.audioBase64);
	}

}
