package io.github.genmedia.providers.supertone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Daily usage per voice, from {@link SupertoneApi#getVoiceUsage}. Models and languages
 * stay text here: a report covers the past, which may name models since retired.
 *
 * @param usages a record per day and voice
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneVoiceUsage(List<Entry> usages) {

	/**
	 * A day's usage of a voice.
	 *
	 * @param date the day, {@code YYYY-MM-DD} (UTC)
	 * @param voiceId the voice
	 * @param name the voice's name
	 * @param style the style used
	 * @param language the language used
	 * @param totalMinutesUsed the minutes of audio generated
	 * @param model the model used
	 * @param thumbnailUrl the voice's picture
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Entry(String date, @JsonProperty("voice_id") String voiceId, @Nullable String name,
			@Nullable String style, @Nullable String language,
			@JsonProperty("total_minutes_used") double totalMinutesUsed, @Nullable String model,
			@JsonProperty("thumbnail_url") @Nullable String thumbnailUrl) {

	}

}
