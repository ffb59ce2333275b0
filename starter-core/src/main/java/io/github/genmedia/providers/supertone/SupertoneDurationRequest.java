package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Text whose spoken length {@link SupertoneApi#predictDuration} predicts: the fields of a
 * {@link SupertoneSpeechRequest} but phonemes and normalized text, which this endpoint
 * does not take. Fields left {@code null} are not sent.
 *
 * @param text the text, at most 300 characters
 * @param language the language of the text
 * @param style the voice's style; its first when {@code null}
 * @param model the model; {@code sona_speech_1} when {@code null}
 * @param outputFormat the audio format; WAV when {@code null}
 * @param voiceSettings the voice settings, which change the length (speed, duration)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupertoneDurationRequest(String text, SupertoneLanguage language, @Nullable String style,
		@Nullable SupertoneModel model, @JsonProperty("output_format") @Nullable SupertoneOutputFormat outputFormat,
		@JsonProperty("voice_settings") @Nullable SupertoneVoiceSettings voiceSettings) {

	/**
	 * Text in a language, everything else Supertone's default.
	 * @param text the text
	 * @param language its language
	 * @return the request
	 */
	public static SupertoneDurationRequest of(String text, SupertoneLanguage language) {
		return new SupertoneDurationRequest(text, language, null, null, null, null);
	}

	/**
	 * The duration request of a speech request, to know a speech's length (and so its
	 * cost) before creating it.
	 * @param speech the speech request
	 * @return the request
	 */
	public static SupertoneDurationRequest from(SupertoneSpeechRequest speech) {
		return new SupertoneDurationRequest(speech.text(), speech.language(), speech.style(), speech.model(),
				speech.outputFormat(), speech.voiceSettings());
	}

}
