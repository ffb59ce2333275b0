package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How a voice speaks. Every setting is optional: one left {@code null} is not sent and
 * Supertone uses its default. Models honour different settings and silently ignore the
 * others. Ranges and defaults are Supertone's; a value outside its range is a
 * {@code 400}.
 *
 * @param pitchShift the pitch shift in semitones, -24 to 24 (default 0)
 * @param pitchVariance the intonation, 0 to 2 (default 1)
 * @param speed the speed, 0.5 to 2 (default 1); applied after {@code duration}
 * @param duration the target length in seconds, 0 to 60 (default 0: natural length)
 * @param similarity how close to the voice, 1 to 5 (default 3)
 * @param textGuidance how closely to follow the text, 0 to 4 (default 1)
 * @param subharmonicAmplitudeControl the subharmonic amplitude, 0 to 2 (default 1)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupertoneVoiceSettings(@JsonProperty("pitch_shift") @Nullable Double pitchShift,
		@JsonProperty("pitch_variance") @Nullable Double pitchVariance, @Nullable Double speed,
		@Nullable Double duration, @Nullable Double similarity,
		@JsonProperty("text_guidance") @Nullable Double textGuidance,
		@JsonProperty("subharmonic_amplitude_control") @Nullable Double subharmonicAmplitudeControl) {

	/**
	 * Supertone's defaults: nothing is sent. Start here and add what you change, such as
	 * {@code SupertoneVoiceSettings.defaults().withSpeed(1.2)}.
	 * @return settings that set nothing
	 */
	public static SupertoneVoiceSettings defaults() {
		return new SupertoneVoiceSettings(null, null, null, null, null, null, null);
	}

	/**
	 * Return a copy with a pitch shift.
	 * @param pitchShift semitones, -24 to 24
	 * @return the copy
	 */
	public SupertoneVoiceSettings withPitchShift(double pitchShift) {
		return new SupertoneVoiceSettings(pitchShift, this.pitchVariance, this.speed, this.duration, this.similarity,
				this.textGuidance, this.subharmonicAmplitudeControl);
	}

	/**
	 * Return a copy with an intonation.
	 * @param pitchVariance 0 to 2
	 * @return the copy
	 */
	public SupertoneVoiceSettings withPitchVariance(double pitchVariance) {
		return new SupertoneVoiceSettings(this.pitchShift, pitchVariance, this.speed, this.duration, this.similarity,
				this.textGuidance, this.subharmonicAmplitudeControl);
	}

	/**
	 * Return a copy with a speed.
	 * @param speed 0.5 to 2
	 * @return the copy
	 */
	public SupertoneVoiceSettings withSpeed(double speed) {
		return new SupertoneVoiceSettings(this.pitchShift, this.pitchVariance, speed, this.duration, this.similarity,
				this.textGuidance, this.subharmonicAmplitudeControl);
	}

	/**
	 * Return a copy with a target length.
	 * @param duration seconds, 0 to 60
	 * @return the copy
	 */
	public SupertoneVoiceSettings withDuration(double duration) {
		return new SupertoneVoiceSettings(this.pitchShift, this.pitchVariance, this.speed, duration, this.similarity,
				this.textGuidance, this.subharmonicAmplitudeControl);
	}

	/**
	 * Return a copy with a similarity.
	 * @param similarity 1 to 5
	 * @return the copy
	 */
	public SupertoneVoiceSettings withSimilarity(double similarity) {
		return new SupertoneVoiceSettings(this.pitchShift, this.pitchVariance, this.speed, this.duration, similarity,
				this.textGuidance, this.subharmonicAmplitudeControl);
	}

	/**
	 * Return a copy with a text guidance.
	 * @param textGuidance 0 to 4
	 * @return the copy
	 */
	public SupertoneVoiceSettings withTextGuidance(double textGuidance) {
		return new SupertoneVoiceSettings(this.pitchShift, this.pitchVariance, this.speed, this.duration,
				this.similarity, textGuidance, this.subharmonicAmplitudeControl);
	}

	/**
	 * Return a copy with a subharmonic amplitude.
	 * @param subharmonicAmplitudeControl 0 to 2
	 * @return the copy
	 */
	public SupertoneVoiceSettings withSubharmonicAmplitudeControl(double subharmonicAmplitudeControl) {
		return new SupertoneVoiceSettings(this.pitchShift, this.pitchVariance, this.speed, this.duration,
				this.similarity, this.textGuidance, subharmonicAmplitudeControl);
	}

}
