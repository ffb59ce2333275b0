package io.github.genmedia.providers.autype;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A render job, as Autype answers a render request and a status request. The answer to a
 * render request carries {@code creditCost}; a status answer carries {@code progress}.
 *
 * @param jobId the job id, to ask {@link AutypeApi#getRenderJob} about
 * @param status the status
 * @param format the output format
 * @param creditCost the credits the job costs, charged only when it completes (in
 * render answers only)
 * @param createdAt when it was created (ISO 8601)
 * @param downloadUrl once completed, an Autype URL with a signed token that downloads
 * the file without the key, for an hour; {@link AutypeApi#downloadRender} downloads it
 * with the key
 * @param filename the file's name
 * @param error what went wrong, for a failed job
 * @param completedAt when it completed (ISO 8601)
 * @param progress how far it got, 0 to 100 (in status answers only)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeRenderJob(String jobId, AutypeJobStatus status, AutypeFormat format, @Nullable Double creditCost,
		String createdAt, @Nullable String downloadUrl, @Nullable String filename, @Nullable String error,
		@Nullable String completedAt, @Nullable Double progress) {

}
