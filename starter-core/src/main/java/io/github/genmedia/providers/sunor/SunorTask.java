package io.github.genmedia.providers.sunor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A task, as {@link SunorApi#getTask} reports it.
 *
 * @param taskId the task id
 * @param model the model, such as {@code suno}
 * @param type the task type: {@code music}, {@code lyrics}, {@code upload} or
 * {@code concat}
 * @param status the status
 * @param creditsCost the credits charged, or frozen while it runs
 * @param input the input as submitted
 * @param output the output, {@code null} until the task is done
 * @param error what went wrong, for a failed task
 * @param createdAt when it was created (ISO 8601)
 * @param completedAt when it completed, {@code null} before
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunorTask(@JsonProperty("task_id") String taskId, @Nullable String model, @Nullable String type,
		SunorTaskStatus status, @JsonProperty("credits_cost") @Nullable Long creditsCost, @Nullable JsonNode input,
		@Nullable SunorTaskOutput output, @Nullable JsonNode error, @JsonProperty("created_at") @Nullable String createdAt,
		@JsonProperty("completed_at") @Nullable String completedAt) {

	/**
	 * Return what went wrong, as text.
	 * @return the error, or {@code null} when there is none
	 */
	public @Nullable String errorMessage() {
		if (this.error == null || this.error.isNull() || this.error.isMissingNode()) {
			return null;
		}
		return this.error.isString() ? this.error.stringValue() : this.error.toString();
	}

}
