package io.github.genmedia.providers.whisul;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A finished song.
 *
 * @param title the title Whisul gave it
 * @param bpm the tempo in beats per minute
 * @param duration the length as Whisul writes it, {@code m:ss} such as {@code "2:47"}
 * @param songUrl the audio
 * @param imageUrl the cover art
 * @param tags comma-separated descriptive tags
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WhisulSong(@Nullable String title, @Nullable Double bpm, @Nullable String duration,
		@JsonProperty("song_url") String songUrl, @JsonProperty("image_url") @Nullable String imageUrl,
		@Nullable String tags) {

	/**
	 * Return the length.
	 * @return the length, or {@code null} when Whisul did not give one as {@code m:ss}
	 */
	public @Nullable Duration length() {
		if (this.duration == null || !this.duration.matches("\\d+:\\d{2}")) {
			return null;
		}
		int colon = this.duration.indexOf(':');
		return Duration.ofMinutes(Long.parseLong(this.duration.substring(0, colon)))
			.plusSeconds(Long.parseLong(this.duration.substring(colon + 1)));
	}

}
