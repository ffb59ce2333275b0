package io.github.genmedia.providers.autype;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A bulk render job, as Autype answers its creation and a status request. Which of
 * {@code COMPLETED} and {@code FAILED} a job with some failed items ends in is not
 * documented: look at {@code failedItems}.
 *
 * @param bulkJobId the bulk job id, to ask {@link AutypeApi#getBulkRender} about
 * @param status the status
 * @param format the output format of every document
 * @param totalItems how many documents it renders
 * @param completedItems how many are done
 * @param failedItems how many failed
 * @param webhookUrl the webhook, if one was configured (in creation answers)
 * @param downloadUrl once completed, where the ZIP of all documents is; see
 * {@link AutypeApi#downloadBulkRender}
 * @param error what went wrong, for a failed job
 * @param createdAt when it was created (ISO 8601)
 * @param completedAt when it completed (ISO 8601)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeBulkJob(String bulkJobId, AutypeJobStatus status, @Nullable AutypeFormat format,
		@Nullable Integer totalItems, @Nullable Integer completedItems, @Nullable Integer failedItems,
		@Nullable String webhookUrl, @Nullable String downloadUrl, @Nullable String error, @Nullable String createdAt,
		@Nullable String completedAt) {

}
