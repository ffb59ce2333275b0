package io.github.genmedia.providers.sunor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Usage totals of the account.
 *
 * @param tasksCreated tasks created, whatever their status
 * @param creditsUsed credits consumed
 * @param creditsToppedUp credits added by top-ups
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SunorUsage(@JsonProperty("tasks_created") long tasksCreated,
		@JsonProperty("credits_used") long creditsUsed, @JsonProperty("credits_topped_up") long creditsToppedUp) {

}
