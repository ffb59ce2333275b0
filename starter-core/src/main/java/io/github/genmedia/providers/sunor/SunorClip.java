package io.github.genmedia.providers.sunor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A generated clip. Its audio is an MP3 on Suno's CDN.
 *
 * @param id the clip id, for continuation and concatenation
 * @param title the title
 * @param audioUrl the audio
 * @param imageUrl the cover image
 * @param videoUrl the video, when there is one
 * @param metadata duration and styles
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunorClip(String id, @Nullable String title, @JsonProperty("audio_url") @Nullable String audioUrl,
		@JsonProperty("image_url") @Nullable String imageUrl, @JsonProperty("video_url") @Nullable String videoUrl,
		@Nullable Metadata metadata) {

	/**
	 * A clip's metadata.
	 *
	 * @param duration the length in seconds
	 * @param tags the styles
	 * @param prompt the lyrics or description it was made from
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Metadata(@Nullable Double duration, @Nullable String tags, @Nullable String prompt) {

	}

}
