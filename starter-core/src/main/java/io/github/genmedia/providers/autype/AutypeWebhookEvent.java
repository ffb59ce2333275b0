package io.github.genmedia.providers.autype;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What Autype posts to an {@link AutypeWebhook} when a job completes or fails, for an
 * application's webhook endpoint to read. Autype sends it once, with
 * {@code User-Agent: Autype-Webhook/1.0}, and signs nothing: check the header or Basic
 * credentials you configured, and confirm the outcome with {@link AutypeApi#getRenderJob}
 * or {@link AutypeApi#getBulkRender}, which also give the download URL a render event
 * does not carry.
 *
 * @param event {@code job.completed} or {@code job.failed}
 * @param jobType {@code render}, {@code bulk-render} or {@code tools}
 * @param jobId the job's id; for a bulk job its bulk job id
 * @param status the job's status
 * @param filename the file's name, for a completed render
 * @param error what went wrong, for a failed job
 * @param metadata for a bulk job, {@code totalItems}, {@code completedItems} and
 * {@code failedItems}
 * @param downloadUrl for a tools job with an output file, where to download it
 * @param completedAt when the job ended (ISO 8601)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeWebhookEvent(@Nullable String event, @Nullable String jobType, String jobId,
		AutypeJobStatus status, @Nullable String filename, @Nullable String error, @Nullable JsonNode metadata,
		@Nullable String downloadUrl, @Nullable String completedAt) {

	/**
	 * Whether the job completed.
	 * @return {@code true} for {@code job.completed}
	 */
	public boolean isCompleted() {
		return "job.completed".equals(this.event);
	}

}
