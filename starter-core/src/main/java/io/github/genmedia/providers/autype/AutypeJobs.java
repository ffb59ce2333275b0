package io.github.genmedia.providers.autype;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.github.genmedia.providers.api.DownloadedFile;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.JobStatus;
import io.github.genmedia.providers.job.PolledJobs;
import io.github.genmedia.providers.job.PollingSettings;
import org.jspecify.annotations.Nullable;

/**
 * Autype renders as {@link GenerationJob}s: each render method submits and follows a job
 * to {@code COMPLETED} (the job, with its download) or {@code FAILED}.
 * <p>
 * With an {@link AutypeWebhooks} (the application has a public callback URL), each render
 * asks Autype to post the outcome there, and the delivery makes the job polled at once;
 * polling stays as the fallback, since Autype tries a delivery only once. Rendered files
 * can be downloaded for one hour after completion ({@link #download}). Once the poller is
 * closed, a render is refused before it is sent
 * ({@link io.github.genmedia.providers.job.JobPollerClosedException}).
 *
 * @since 0.1.0
 */
public final class AutypeJobs extends PolledJobs<AutypeRenderJob> {

	/**
	 * Autype documents no render time; renders take seconds. So the first poll after 2 s,
	 * then every 2 s, helped by the progress Autype reports.
	 */
	public static final PollingSettings DEFAULTS = new PollingSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
			Duration.ofSeconds(20), Duration.ofMinutes(5), true);

	/** Autype keeps a rendered file this long after the job completes (docs.autype.com). */
	public static final Duration DOWNLOAD_WINDOW = Duration.ofHours(1);

	private final AutypeApi api;

	private final @Nullable AutypeWebhooks webhooks;

	private final Clock clock;

	/**
	 * Create Autype's jobs.
	 * @param api Autype's API
	 * @param poller the application's poller
	 * @param settings how to poll
	 * @param webhooks where Autype posts outcomes, or {@code null} to poll only
	 * @param clock the clock, for the download window
	 */
	public AutypeJobs(AutypeApi api, JobPoller poller, PollingSettings settings, @Nullable AutypeWebhooks webhooks,
			Clock clock) {
		super("autype", poller, settings, (jobId) -> status(api.getRenderJob(jobId)));
		this.api = api;
		this.webhooks = webhooks;
		this.clock = clock;
	}

	/**
	 * Render from a JSON document and follow the job.
	 * @param request the render
	 * @return the job
	 */
	public GenerationJob<AutypeRenderJob> render(AutypeRenderRequest request) {
		AutypeRenderRequest withWebhook = (this.webhooks != null) ? request.withWebhook(this.webhooks.webhook())
				: request;
		return submit(() -> this.api.render(withWebhook).jobId());
	}

	/**
	 * Render from Markdown and follow the job.
	 * @param request the render
	 * @return the job
	 */
	public GenerationJob<AutypeRenderJob> renderMarkdown(AutypeMarkdownRenderRequest request) {
		AutypeMarkdownRenderRequest withWebhook = (this.webhooks != null)
				? request.withWebhook(this.webhooks.webhook()) : request;
		return submit(() -> this.api.renderMarkdown(withWebhook).jobId());
	}

	/**
	 * Render a saved document and follow the job.
	 * @param documentId the document
	 * @param request the render
	 * @return the job
	 */
	public GenerationJob<AutypeRenderJob> renderDocument(String documentId, AutypeDocumentRenderRequest request) {
		AutypeDocumentRenderRequest withWebhook = (this.webhooks != null)
				? request.withWebhook(this.webhooks.webhook()) : request;
		return submit(() -> this.api.renderDocument(documentId, withWebhook).jobId());
	}

	/**
	 * Whether a webhook delivery's secret is the one sent to Autype, so that its body is
	 * worth reading.
	 * @param secret the delivery's {@value AutypeWebhooks#SECRET_HEADER} header, or
	 * {@code null}
	 * @return {@code false} when it is wrong or webhooks are off
	 */
	public boolean acceptsWebhook(@Nullable String secret) {
		return this.webhooks != null && this.webhooks.accepts(secret);
	}

	/**
	 * Take a webhook delivery: with the right secret, the job is polled at once, which
	 * completes it when Autype says it is done.
	 * @param secret the delivery's {@value AutypeWebhooks#SECRET_HEADER} header, or
	 * {@code null}
	 * @param event the delivery
	 * @return {@code false} when the secret is wrong (or webhooks are off): nothing was done
	 */
	public boolean onWebhook(@Nullable String secret, AutypeWebhookEvent event) {
		if (!acceptsWebhook(secret)) {
			return false;
		}
		pollNow(event.jobId());
		return true;
	}

	/**
	 * Write a completed job's file to disk as it arrives. Autype keeps it for
	 * {@link #DOWNLOAD_WINDOW one hour} after completion; after that, the job and its
	 * file are gone and this says so.
	 * @param job the completed job
	 * @param target the file, replaced if it exists
	 * @return the file written
	 * @throws IOException if writing fails
	 * @throws AutypeDownloadExpiredException if the window has passed
	 */
	public DownloadedFile download(AutypeRenderJob job, Path target) throws IOException {
		Instant completed = instant(job.completedAt());
		if (completed != null && this.clock.instant().isAfter(completed.plus(DOWNLOAD_WINDOW))) {
			throw new AutypeDownloadExpiredException(job.jobId(), completed);
		}
		try {
			return this.api.downloadRender(job.jobId(), target);
		}
		catch (ProviderApiException ex) {
			if (ex.getStatusCode().value() == 404 || ex.getStatusCode().value() == 410) {
				throw new AutypeDownloadExpiredException(job.jobId(), completed);
			}
			throw ex;
		}
	}

	private static @Nullable Instant instant(@Nullable String timestamp) {
		try {
			return (timestamp != null) ? Instant.parse(timestamp) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static JobStatus<AutypeRenderJob> status(AutypeRenderJob job) {
		return switch (job.status()) {
			case COMPLETED -> new JobStatus.Succeeded<>(job);
			case FAILED -> new JobStatus.Failed<>((job.error() != null) ? job.error() : "status FAILED");
			default -> new JobStatus.Running<>(job.status().wireValue(),
					(job.progress() != null) ? job.progress() / 100 : null);
		};
	}

}
