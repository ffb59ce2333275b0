package io.github.genmedia.providers.whisul;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A generation job just accepted.
 *
 * @param message Whisul's confirmation, such as "Composition task received."
 * @param jobId the job id (a UUID)
 * @param pollUrl where to poll, relative to the base URL: {@code /jobs/<job id>}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WhisulGeneration(@Nullable String message, @JsonProperty("job_id") String jobId,
		@JsonProperty("poll_url") @Nullable String pollUrl) {

}
