package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Text to speak, for {@link SupertoneApi#createSpeech} and {@link SupertoneApi#streamSpeech}.
 * Fields left {@code null} are not sent, and Supertone uses its defaults: the voice's
 * first style, {@code sona_speech_1}, WAV. Start with {@link #of} and add what you need:
 * {@code SupertoneSpeechRequest.of("Hello", SupertoneLanguage.EN).withModel(SupertoneModel.SONA_SPEECH_2)}.
 *
 * @param text the text, at most 300 characters per call (a longer one is a {@code 400};
 * split it yourself, each part is a call and counts against the rate limit)
 * @param language the language of the text; the voice and the model must speak it
 * @param style the voice's emotional style, one of {@link SupertoneVoice#styles()} (such
 * as {@code neutral} or {@code happy}); the voice's first style when {@code null}
 * @param model the model; {@code sona_speech_1} when {@code null}
 * @param outputFormat the audio format; WAV when {@code null}
 * @param voiceSettings pitch, intonation, speed and the rest
 * @param includePhonemes whether the answer is JSON with the audio in base64 and phoneme
 * timings instead of audio: {@link #withPhonemes()} for
 * {@link SupertoneApi#createSpeechWithPhonemes}; leave it {@code null} otherwise
 * @param normalizedText the text as it is to be pronounced (readings spelled out),
 * used by {@code sona_speech_2} and {@code sona_speech_2_flash} only
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupertoneSpeechRequest(String text, SupertoneLanguage language, @Nullable String style,
		@Nullable SupertoneModel model, @JsonProperty("output_format") @Nullable SupertoneOutputFormat outputFormat,
		@JsonProperty("voice_settings") @Nullable SupertoneVoiceSettings voiceSettings,
		@JsonProperty("include_phonemes") @Nullable Boolean includePhonemes,
		@JsonProperty("normalized_text") @Nullable String normalizedText) {

	/**
	 * Text in a language, everything else Supertone's default.
	 * @param text the text, at most 300 characters
	 * @param language its language
	 * @return the request
	 */
	public static SupertoneSpeechRequest of(String text, SupertoneLanguage language) {
		return new SupertoneSpeechRequest(text, language, null, null, null, null, null, null);
	}

	/**
	 * Return a copy with a style.
	 * @param style one of the voice's styles
	 * @return the copy
	 */
	public SupertoneSpeechRequest withStyle(String style) {
		return new SupertoneSpeechRequest(this.text, this.language, style, this.model, this.outputFormat,
				this.voiceSettings, this.includePhonemes, this.normalizedText);
	}

	/**
	 * Return a copy with a model.
	 * @param model the model
	 * @return the copy
	 */
	public SupertoneSpeechRequest withModel(SupertoneModel model) {
		return new SupertoneSpeechRequest(this.text, this.language, this.style, model, this.outputFormat,
				this.voiceSettings, this.includePhonemes, this.normalizedText);
	}

	/**
	 * Return a copy with an audio format.
	 * @param outputFormat WAV or MP3
	 * @return the copy
	 */
	public SupertoneSpeechRequest withOutputFormat(SupertoneOutputFormat outputFormat) {
		return new SupertoneSpeechRequest(this.text, this.language, this.style, this.model, outputFormat,
				this.voiceSettings, this.includePhonemes, this.normalizedText);
	}

	/**
	 * Return a copy with voice settings.
	 * @param voiceSettings the settings, such as
	 * {@code SupertoneVoiceSettings.defaults().withSpeed(1.2)}
	 * @return the copy
	 */
	public SupertoneSpeechRequest withVoiceSettings(SupertoneVoiceSettings voiceSettings) {
		return new SupertoneSpeechRequest(this.text, this.language, this.style, this.model, this.outputFormat,
				voiceSettings, this.includePhonemes, this.normalizedText);
	}

	/**
	 * Return a copy with the text as it is to be pronounced ({@code sona_speech_2} and
	 * {@code sona_speech_2_flash} only).
	 * @param normalizedText the normalized text
	 * @return the copy
	 */
	public SupertoneSpeechRequest withNormalizedText(String normalizedText) {
		return new SupertoneSpeechRequest(this.text, this.language, this.style, this.model, this.outputFormat,
				this.voiceSettings, this.includePhonemes, normalizedText);
	}

	/**
	 * Return a copy that asks for phoneme timings, which makes the answer JSON (or NDJSON
	 * when streamed) instead of audio.
	 * @return the copy
	 */
	public SupertoneSpeechRequest withPhonemes() {
		return new SupertoneSpeechRequest(this.text, this.language, this.style, this.model, this.outputFormat,
				this.voiceSettings, true, this.normalizedText);
	}

}
