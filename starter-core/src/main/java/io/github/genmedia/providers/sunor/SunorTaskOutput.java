package io.github.genmedia.providers.sunor;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output of a finished task; {@code result}'s shape depends on the task type.
 *
 * @param taskType the task type
 * @param status Sunor's internal status: {@code queued}, {@code processing},
 * {@code completed} or {@code failed}
 * @param progress how far it got, such as {@code "100%"}
 * @param failReason why it failed, if it did
 * @param result the result: for music, an array of clips (see {@link #clips()})
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunorTaskOutput(@JsonProperty("task_type") @Nullable String taskType, @Nullable String status,
		@Nullable String progress, @JsonProperty("fail_reason") @Nullable String failReason,
		@Nullable JsonNode result) {

	/**
	 * Return the clips of a music, upload or concat task.
	 * @return the clips; empty when the result is not a list of clips
	 */
	public List<SunorClip> clips() {
		if (this.result == null || !this.result.isArray()) {
			return List.of();
		}
		return JsonMapper.shared()
			.readerForListOf(SunorClip.class)
			.readValue(this.result);
	}

}
