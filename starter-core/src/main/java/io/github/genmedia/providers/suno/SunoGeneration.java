package io.github.genmedia.providers.suno;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@link SunoApi#generate}: the batch submitted and its clips, normally
 * two, still {@code submitted} with empty audio. Follow them with {@link SunoApi#getFeed(java.util.List)}.
 * <p>
 * Only {@code clips} is read by Suno's web-API proxies; the other fields come from a
 * captured answer.
 *
 * @param id the batch id
 * @param clips the clips being made
 * @param metadata the request as Suno recorded it
 * @param majorModelVersion the model family, such as {@code v3}
 * @param status the status of the submission, not of the clips ({@code complete} while
 * the clips are only {@code submitted}); the clips' status is
 * {@link SunoClip#status()}
 * @param createdAt when it was submitted (ISO 8601)
 * @param batchSize the batch size Suno reports
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunoGeneration(@Nullable String id, List<SunoClip> clips, SunoClip.@Nullable Metadata metadata,
		@JsonProperty("major_model_version") @Nullable String majorModelVersion, @Nullable String status,
		@JsonProperty("created_at") @Nullable String createdAt, @JsonProperty("batch_size") @Nullable Integer batchSize) {

	/**
	 * Return the ids of the clips, to ask the feed about.
	 * @return the ids, in order
	 */
	public List<String> clipIds() {
		return this.clips.stream().map(SunoClip::id).toList();
	}

}
