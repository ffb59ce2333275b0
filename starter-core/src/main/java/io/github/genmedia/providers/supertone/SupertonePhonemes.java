package io.github.genmedia.providers.supertone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Phoneme timings of speech, for lip sync or subtitles. The three lists are aligned:
 * the n-th symbol starts at the n-th start time and lasts the n-th duration.
 *
 * @param symbols the phonemes as IPA symbols; an empty string is a silence or a pause
 * @param startTimesSeconds when each starts, in seconds from the start of the audio
 * @param durationsSeconds how long each lasts, in seconds
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertonePhonemes(@Nullable List<String> symbols,
		@JsonProperty("start_times_seconds") @Nullable List<Double> startTimesSeconds,
		@JsonProperty("durations_seconds") @Nullable List<Double> durationsSeconds) {

}
