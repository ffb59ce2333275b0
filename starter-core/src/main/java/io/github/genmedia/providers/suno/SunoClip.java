package io.github.genmedia.providers.suno;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A Suno clip (one song; a generation normally makes two). Fields fill in as the clip is
 * made: while {@code submitted}, {@code title} and {@code audio_url} are empty strings;
 * from {@code streaming} on, {@code audio_url} plays; once {@code complete}, the image and
 * {@code metadata.duration} are there. The URLs point to Suno's CDN, not to the studio
 * API.
 * <p>
 * The fields are those Suno's web clients read from the feed; {@code image_large_url} and
 * {@code major_model_version} are seen in third-party clients and captured answers only.
 * Suno sends many more (user, likes, play counts), which are ignored.
 *
 * @param id the clip id, for the feed, extension and {@link SunoApi#getClip}
 * @param status the status
 * @param title the title, empty until Suno names the song
 * @param audioUrl the audio, empty until the clip streams
 * @param videoUrl the video, often empty
 * @param imageUrl the cover image
 * @param imageLargeUrl a larger cover image, when Suno sends one
 * @param createdAt when it was created (ISO 8601, such as
 * {@code 2024-11-08T17:08:56.613Z})
 * @param modelName the model that made it, such as {@code chirp-v3}
 * @param majorModelVersion the model family, such as {@code v3}
 * @param metadata what it was made from, and its length
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunoClip(String id, @Nullable SunoClipStatus status, @Nullable String title,
		@JsonProperty("audio_url") @Nullable String audioUrl, @JsonProperty("video_url") @Nullable String videoUrl,
		@JsonProperty("image_url") @Nullable String imageUrl,
		@JsonProperty("image_large_url") @Nullable String imageLargeUrl,
		@JsonProperty("created_at") @Nullable String createdAt, @JsonProperty("model_name") @Nullable String modelName,
		@JsonProperty("major_model_version") @Nullable String majorModelVersion, @Nullable Metadata metadata) {

	/**
	 * A clip's metadata.
	 *
	 * @param prompt the lyrics: the request's in custom mode, Suno's own in description
	 * mode once written
	 * @param gptDescriptionPrompt the description, in description mode
	 * @param type the kind of clip, such as {@code gen}
	 * @param tags the styles
	 * @param negativeTags the styles avoided
	 * @param duration the length in seconds, once complete (Suno's clients disagree on
	 * whether it is a number or a string; both are read)
	 * @param errorMessage why the clip failed, for an {@code error} clip
	 * @param stream whether the clip is streamed while generated
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Metadata(@Nullable String prompt,
			@JsonProperty("gpt_description_prompt") @Nullable String gptDescriptionPrompt, @Nullable String type,
			@Nullable String tags, @JsonProperty("negative_tags") @Nullable String negativeTags,
			@Nullable Double duration, @JsonProperty("error_message") @Nullable String errorMessage,
			@Nullable Boolean stream) {

	}

}
