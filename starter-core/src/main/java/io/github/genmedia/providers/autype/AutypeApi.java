package io.github.genmedia.providers.autype;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import io.github.genmedia.providers.api.DownloadedFile;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Autype's Developer API (docs.autype.com/api-reference), relative to its base URL
 * {@code https://api.autype.com/api/v1/dev}. With the starter, a bean of the
 * {@code autype} HTTP service group whenever Autype has a key: the {@code ak_} key in
 * {@code X-API-Key}, retried and mapped to typed exceptions as {@code autypeRestClient}
 * is. Errors are NestJS-shaped ({@code {"statusCode": 429, "message": "...", "error":
 * "Too Many Requests"}}, {@code message} sometimes an array, whose parts are joined); a
 * {@code 402} is an {@link io.github.genmedia.providers.error.InsufficientCreditsException}
 * without numbers, since Autype documents none.
 * <p>
 * Rendering is a job: {@link #render}, {@link #renderMarkdown} and
 * {@link #renderDocument} return at once with a {@code PENDING} job, {@link #getRenderJob}
 * tells when it is {@code COMPLETED} or {@code FAILED} (with its progress), and
 * {@link #downloadRender(String, Path)} writes the file. Autype documents no poll
 * interval; its limit of 100 requests a minute per key counts polls too. A
 * {@link AutypeWebhook} can report the outcome instead, once and unsigned. A bulk render
 * ({@link #createBulkRender}) renders a saved document once per variable set into one ZIP
 * ({@link #downloadBulkRender(String, Path)}). Outputs and job records expire an hour
 * after completion.
 * <p>
 * Credits: a render costs 5, a bulk render 4 per item, charged to the key's organization
 * only when the job completes ({@link #getApiKeyInfo} gives the balance). A plan runs 5
 * (Free) to 50 jobs at a time; a bulk job counts as one.
 * <p>
 * Not here: image and tool file uploads, PDF tools, validation endpoints, and bulk
 * render from an uploaded file (its content type is not documented).
 *
 * @since 0.1.0
 */
@HttpExchange(accept = "application/json")
public interface AutypeApi {

	/**
	 * Render document JSON, without saving it ({@code POST /render}). Not retried by
	 * default, like every {@code POST}: a retry could render, and charge, twice.
	 * @param request the document JSON, for example {@link AutypeRenderRequest#of}
	 * @param strict whether to validate anchors, references, citations and abbreviations
	 * strictly ({@code ?strict=true}); {@code null} for Autype's default
	 * @return the job, {@code PENDING}, with its credit cost
	 */
	@PostExchange("/render")
	AutypeRenderJob render(@RequestBody AutypeRenderRequest request,
			@RequestParam(name = "strict", required = false) @Nullable Boolean strict);

	/**
	 * Render document JSON, without saving it ({@code POST /render}), validated as
	 * Autype does by default. Not retried by default.
	 * @param request the document JSON, for example {@link AutypeRenderRequest#of}
	 * @return the job, {@code PENDING}, with its credit cost
	 */
	default AutypeRenderJob render(AutypeRenderRequest request) {
		return render(request, null);
	}

	/**
	 * Render Extended Markdown, without saving it ({@code POST /render/markdown}). Not
	 * retried by default, like every {@code POST}.
	 * @param request the Markdown and document settings, for example
	 * {@link AutypeMarkdownRenderRequest#pdf}
	 * @param strict whether to validate strictly ({@code ?strict=true}); {@code null} for
	 * Autype's default
	 * @return the job, {@code PENDING}, with its credit cost
	 */
	@PostExchange("/render/markdown")
	AutypeRenderJob renderMarkdown(@RequestBody AutypeMarkdownRenderRequest request,
			@RequestParam(name = "strict", required = false) @Nullable Boolean strict);

	/**
	 * Render Extended Markdown, without saving it ({@code POST /render/markdown}). Not
	 * retried by default.
	 * @param request the Markdown and document settings, for example
	 * {@link AutypeMarkdownRenderRequest#pdf}
	 * @return the job, {@code PENDING}, with its credit cost
	 */
	default AutypeRenderJob renderMarkdown(AutypeMarkdownRenderRequest request) {
		return renderMarkdown(request, null);
	}

	/**
	 * Render the latest saved content of a document in a public project
	 * ({@code POST /render/document/{documentId}}). Not retried by default, like every
	 * {@code POST}.
	 * @param documentId the document
	 * @param request variable overrides, format and webhook, for example
	 * {@link AutypeDocumentRenderRequest#withVariables}
	 * @return the job, {@code PENDING}, with its credit cost
	 */
	@PostExchange("/render/document/{documentId}")
	AutypeRenderJob renderDocument(@PathVariable("documentId") String documentId,
			@RequestBody AutypeDocumentRenderRequest request);

	/**
	 * Render a saved document as it is ({@code POST /render/document/{documentId}} with
	 * {@code {}}). Not retried by default.
	 * @param documentId the document
	 * @return the job, {@code PENDING}, with its credit cost
	 */
	default AutypeRenderJob renderDocument(String documentId) {
		return renderDocument(documentId, AutypeDocumentRenderRequest.asSaved());
	}

	/**
	 * Return a render job's status and progress ({@code GET /render/{jobId}}); retried
	 * like every {@code GET}. A job is kept for an hour after it completes.
	 * @param jobId the id a render returned
	 * @return the job; {@code downloadUrl} is set once it completed
	 */
	@GetExchange("/render/{jobId}")
	AutypeRenderJob getRenderJob(@PathVariable("jobId") String jobId);

	/**
	 * Return render jobs ({@code GET /render}).
	 * @param status only jobs with this status, or {@code null} for all
	 * @param page the page, from 1, or {@code null} for the first
	 * @param limit the page size, 1 to 100, or {@code null} for Autype's 20
	 * @return the page
	 */
	@GetExchange("/render")
	AutypeRenderJobPage listRenderJobs(@RequestParam(name = "status", required = false) @Nullable AutypeJobStatus status,
			@RequestParam(name = "page", required = false) @Nullable Integer page,
			@RequestParam(name = "limit", required = false) @Nullable Integer limit);

	/**
	 * Download a completed render's file ({@code GET /render/{jobId}/download}) with the
	 * key. The body is a stream straight from the connection, which stays open until it
	 * is closed: close it, or use {@link #downloadRender(String, Path)}. A redirect (to
	 * storage) is followed, without the key once it leaves Autype's origin.
	 * @param jobId the completed job
	 * @return the file as it arrives, with its headers
	 */
	@GetExchange(url = "/render/{jobId}/download", accept = "*/*")
	ResponseEntity<InputStream> downloadRender(@PathVariable("jobId") String jobId);

	/**
	 * Download a completed render's file to disk ({@code GET /render/{jobId}/download}),
	 * streaming it: nothing is held in memory, the file appears only once complete, and
	 * the connection is closed whatever happens.
	 * @param jobId the completed job
	 * @param target the file to write, replaced if it exists
	 * @return the file written, with its size, type and suggested name
	 * @throws IOException if reading the download or writing the file fails
	 */
	default DownloadedFile downloadRender(String jobId, Path target) throws IOException {
		return DownloadedFile.write(downloadRender(jobId), target);
	}

	/**
	 * Render a saved document once per variable set ({@code POST /bulk-render}); at most
	 * 100 items, 4 credits each. Not retried by default, like every {@code POST}.
	 * @param request the document, format and variable sets, for example
	 * {@link AutypeBulkRenderRequest#of}
	 * @return the bulk job, {@code PENDING}
	 */
	@PostExchange("/bulk-render")
	AutypeBulkJob createBulkRender(@RequestBody AutypeBulkRenderRequest request);

	/**
	 * Return a bulk render job's status and item counts
	 * ({@code GET /bulk-render/{bulkJobId}}); retried like every {@code GET}.
	 * @param bulkJobId the id {@link #createBulkRender} returned
	 * @return the bulk job
	 */
	@GetExchange("/bulk-render/{bulkJobId}")
	AutypeBulkJob getBulkRender(@PathVariable("bulkJobId") String bulkJobId);

	/**
	 * Download a completed bulk render's ZIP of all its documents
	 * ({@code GET /bulk-render/{bulkJobId}/download}). The body is a stream straight from
	 * the connection, which stays open until it is closed: close it, or use
	 * {@link #downloadBulkRender(String, Path)}.
	 * @param bulkJobId the completed bulk job
	 * @return the ZIP as it arrives, with its headers
	 */
	@GetExchange(url = "/bulk-render/{bulkJobId}/download", accept = "*/*")
	ResponseEntity<InputStream> downloadBulkRender(@PathVariable("bulkJobId") String bulkJobId);

	/**
	 * Download a completed bulk render's ZIP to disk
	 * ({@code GET /bulk-render/{bulkJobId}/download}), streaming it: nothing is held in
	 * memory, the file appears only once complete, and the connection is closed whatever
	 * happens.
	 * @param bulkJobId the completed bulk job
	 * @param target the file to write, replaced if it exists
	 * @return the file written, with its size, type and suggested name
	 * @throws IOException if reading the download or writing the file fails
	 */
	default DownloadedFile downloadBulkRender(String bulkJobId, Path target) throws IOException {
		return DownloadedFile.write(downloadBulkRender(bulkJobId), target);
	}

	/**
	 * Return the organization's projects ({@code GET /projects}).
	 * @param page the page, from 1, or {@code null} for the first
	 * @param limit the page size, 1 to 100, or {@code null} for Autype's 20
	 * @return the page
	 */
	@GetExchange("/projects")
	AutypeProjectPage listProjects(@RequestParam(name = "page", required = false) @Nullable Integer page,
			@RequestParam(name = "limit", required = false) @Nullable Integer limit);

	/**
	 * Return the first page of the organization's projects ({@code GET /projects}).
	 * @return the page
	 */
	default AutypeProjectPage listProjects() {
		return listProjects(null, null);
	}

	/**
	 * Create a project, always public ({@code POST /projects}). Not retried by default,
	 * like every {@code POST}: a retry could create two.
	 * @param request the name and description, for example
	 * {@link AutypeProjectRequest#named}
	 * @return the project
	 */
	@PostExchange("/projects")
	AutypeProject createProject(@RequestBody AutypeProjectRequest request);

	/**
	 * Return documents, without their content ({@code GET /documents}).
	 * @param projectId only this project's documents, or {@code null} for all the
	 * organization's
	 * @param page the page, from 1, or {@code null} for the first
	 * @param limit the page size, 1 to 100, or {@code null} for Autype's 20
	 * @return the page
	 */
	@GetExchange("/documents")
	AutypeDocumentPage listDocuments(@RequestParam(name = "projectId", required = false) @Nullable String projectId,
			@RequestParam(name = "page", required = false) @Nullable Integer page,
			@RequestParam(name = "limit", required = false) @Nullable Integer limit);

	/**
	 * Return the first page of a project's documents ({@code GET /documents}).
	 * @param projectId the project, or {@code null} for all the organization's documents
	 * @return the page
	 */
	default AutypeDocumentPage listDocuments(@Nullable String projectId) {
		return listDocuments(projectId, null, null);
	}

	/**
	 * Return a document with its latest content ({@code GET /documents/{documentId}}).
	 * @param documentId the document
	 * @return the document
	 */
	@GetExchange("/documents/{documentId}")
	AutypeDocument getDocument(@PathVariable("documentId") String documentId);

	/**
	 * Create a document in a project ({@code POST /documents}). Not retried by default,
	 * like every {@code POST}: a retry could create two.
	 * @param request the project, title and optional content, for example
	 * {@link AutypeDocumentRequest#of}
	 * @return the document, without its content
	 */
	@PostExchange("/documents")
	AutypeDocument createDocument(@RequestBody AutypeDocumentRequest request);

	/**
	 * Return the variables a document defines ({@code GET /documents/{documentId}/variables}),
	 * what a render or bulk render can set.
	 * @param documentId the document
	 * @return the variables
	 */
	@GetExchange("/documents/{documentId}/variables")
	AutypeDocumentVariables getDocumentVariables(@PathVariable("documentId") String documentId);

	/**
	 * Return the key's organization and its credit balance ({@code GET /api-key/info}).
	 * @return the organization and credits
	 */
	@GetExchange("/api-key/info")
	AutypeApiKeyInfo getApiKeyInfo();

}
