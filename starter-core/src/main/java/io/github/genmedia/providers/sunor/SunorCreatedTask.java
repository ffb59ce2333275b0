package io.github.genmedia.providers.sunor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A task just created.
 *
 * @param taskId the id to ask {@link SunorApi#getTask} about
 * @param type the task type
 * @param status {@code pending}, normally
 * @param creditsCharged the credits frozen for it
 * @param createdAt when it was created (ISO 8601)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunorCreatedTask(@JsonProperty("task_id") String taskId, @Nullable String type,
		@Nullable SunorTaskStatus status, @JsonProperty("credits_charged") @Nullable Long creditsCharged,
		@JsonProperty("created_at") @Nullable String createdAt) {

}
