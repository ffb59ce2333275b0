package io.github.genmedia.providers.autype;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.api.DownloadedFile;
import io.github.genmedia.providers.api.TypedApis;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.error.InsufficientCreditsException;
import io.github.genmedia.providers.error.ProviderApiException;
import io.github.genmedia.providers.error.ProviderAuthenticationException;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link AutypeApi} on the wire: each request as docs.autype.com/api-reference shows it,
 * and the documented answers read into records.
 */
class AutypeApiWireTest {

	private static final String KEY = "ak_test_5f2c9e71";

	private static final String BASE = "/api/v1/dev";

	@RegisterExtension
	static WireMockExtension autype = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension storage = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final AutypeApi api = TypedApis.create(AutypeApi.class, "autype", autype.baseUrl() + BASE,
			ProviderAuth.header("X-API-Key", "ak_"), KEY, ProviderErrorDecoder.DEFAULT);

	@TempDir
	Path dir;

	@Test
	void renderPostsTheDocumentJsonAndWebhookAsDocumented() {
		autype.stubFor(post(BASE + "/render").willReturn(okJson("""
				{"jobId":"job-1","status":"PENDING","format":"PDF","creditCost":5,
				 "createdAt":"2023-11-07T05:31:56Z","addedLater":{"x":1}}""")));

		AutypeRenderJob job = this.api.render(AutypeRenderRequest.fromJson("""
				{"document":{"type":"pdf","size":"A4"},"variables":{"companyName":"Acme Inc"},
				 "sections":[{"id":"section-1","type":"flow","content":[
				  {"type":"h1","text":"Hello {{companyName}}"},{"type":"text","text":"This is a paragraph."}]}]}""")
			.withWebhook(AutypeWebhook.to("https://example.com/webhook").withHeader("X-API-Key", "my-secret-key")));

		assertThat(job).isEqualTo(new AutypeRenderJob("job-1", AutypeJobStatus.PENDING, AutypeFormat.PDF, 5.0,
				"2023-11-07T05:31:56Z", null, null, null, null, null));
		assertThat(job.status().isTerminal()).isFalse();
		autype.verify(postRequestedFor(urlEqualTo(BASE + "/render")).withHeader("X-API-Key", equalTo(KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"config":{"document":{"type":"pdf","size":"A4"},"variables":{"companyName":"Acme Inc"},
					 "sections":[{"id":"section-1","type":"flow","content":[
					  {"type":"h1","text":"Hello {{companyName}}"},{"type":"text","text":"This is a paragraph."}]}]},
					 "webhook":{"webhookUrl":"https://example.com/webhook",
					  "webhookAuth":{"headerName":"X-API-Key","headerValue":"my-secret-key"}}}""")));
	}

	@Test
	void renderSendsStrictOnlyWhenAsked() {
		autype.stubFor(post(urlPathEqualTo(BASE + "/render"))
			.willReturn(okJson("{\"jobId\":\"j\",\"status\":\"PENDING\",\"format\":\"DOCX\",\"createdAt\":\"t\"}")));
		Map<String, Object> config = Map.of("document", Map.of("type", "docx"), "sections", List.of());

		this.api.render(AutypeRenderRequest.of(config));
		AutypeRenderJob strict = this.api.render(AutypeRenderRequest.of(config), true);

		assertThat(strict.format()).isEqualTo(AutypeFormat.DOCX);
		autype.verify(1, postRequestedFor(urlEqualTo(BASE + "/render")).withRequestBody(
				equalToJson("{\"config\":{\"document\":{\"type\":\"docx\"},\"sections\":[]}}")));
		autype.verify(1, postRequestedFor(urlEqualTo(BASE + "/render?strict=true")));
	}

	@Test
	void renderMarkdownPostsTheDocumentedFields() {
		autype.stubFor(post(urlPathEqualTo(BASE + "/render/markdown")).willReturn(okJson("""
				{"jobId":"job-md","status":"PENDING","format":"PDF","creditCost":5,"createdAt":"2025-02-21T10:29:00Z"}""")));
		String markdown = "# Hello ${companyName}\n\nThis is a **professional** document.\n";

		AutypeRenderJob job = this.api.renderMarkdown(new AutypeMarkdownRenderRequest(markdown,
				Map.of("type", "pdf", "size", "A4", "orientation", "portrait"),
				Map.of("name", "Acme Inc", "date", "2024-01-01"), Map.of("API", "Application Programming Interface"),
				Map.of(), List.of(Map.of("id", "doe2020", "type", "book")), Map.of(),
				AutypeWebhook.to("https://example.com/webhook").withBasicAuth("user", "pass")), false);
		this.api.renderMarkdown(AutypeMarkdownRenderRequest.of("# Notes", AutypeFormat.ODT)
			.withVariables(Map.of("who", "me")));

		assertThat(job.jobId()).isEqualTo("job-md");
		assertThat(job.creditCost()).isEqualTo(5.0);
		autype.verify(postRequestedFor(urlEqualTo(BASE + "/render/markdown?strict=false"))
			.withHeader("X-API-Key", equalTo(KEY))
			.withRequestBody(equalToJson("""
					{"content":"# Hello ${companyName}\\n\\nThis is a **professional** document.\\n",
					 "document":{"type":"pdf","size":"A4","orientation":"portrait"},
					 "variables":{"name":"Acme Inc","date":"2024-01-01"},
					 "abbreviations":{"API":"Application Programming Interface"},
					 "defaults":{},"citations":[{"id":"doe2020","type":"book"}],"style":{},
					 "webhook":{"webhookUrl":"https://example.com/webhook",
					  "webhookAuth":{"basicAuthUsername":"user","basicAuthPassword":"pass"}}}""")));
		autype.verify(postRequestedFor(urlEqualTo(BASE + "/render/markdown")).withRequestBody(
				equalToJson("{\"content\":\"# Notes\",\"document\":{\"type\":\"odt\"},\"variables\":{\"who\":\"me\"}}")));
	}

	@Test
	void renderDocumentSendsOverridesWithALowerCaseFormatOrAnEmptyObject() {
		autype.stubFor(post(urlPathEqualTo(BASE + "/render/document/doc-7")).willReturn(okJson("""
				{"jobId":"job-7","status":"PENDING","format":"DOCX","creditCost":5,"createdAt":"2025-02-21T10:29:00Z"}""")));

		AutypeRenderJob job = this.api.renderDocument("doc-7",
				AutypeDocumentRenderRequest.withVariables(Map.of("name", "Acme Inc", "date", "2024-01-01"))
					.as(AutypeFormat.DOCX)
					.withWebhook(AutypeWebhook.to("https://example.com/webhook")));
		this.api.renderDocument("doc-7");

		assertThat(job.format()).isEqualTo(AutypeFormat.DOCX);
		autype.verify(postRequestedFor(urlEqualTo(BASE + "/render/document/doc-7"))
			.withHeader("X-API-Key", equalTo(KEY))
			.withRequestBody(equalToJson("""
					{"variables":{"name":"Acme Inc","date":"2024-01-01"},"format":"docx",
					 "webhook":{"webhookUrl":"https://example.com/webhook"}}""")));
		autype.verify(postRequestedFor(urlEqualTo(BASE + "/render/document/doc-7")).withRequestBody(equalToJson("{}")));
	}

	@Test
	void getRenderJobReadsTheDocumentedStatusWithProgress() {
		autype.stubFor(get(BASE + "/render/job-1").willReturn(okJson("""
				{"jobId":"job-1","status":"COMPLETED","format":"PDF","createdAt":"2023-11-07T05:31:56Z",
				 "downloadUrl":"https://api.autype.com/api/v1/dev/render/job-1/download?token=abc",
				 "filename":"document.pdf","completedAt":"2023-11-07T05:32:03Z","progress":100,
				 "queuePosition":0}""")));
		autype.stubFor(get(BASE + "/render/job-2").willReturn(okJson("""
				{"jobId":"job-2","status":"FAILED","format":"ODT","createdAt":"t","error":"Render failed: invalid section"}""")));

		AutypeRenderJob done = this.api.getRenderJob("job-1");
		AutypeRenderJob failed = this.api.getRenderJob("job-2");

		assertThat(done).isEqualTo(new AutypeRenderJob("job-1", AutypeJobStatus.COMPLETED, AutypeFormat.PDF, null,
				"2023-11-07T05:31:56Z", "https://api.autype.com/api/v1/dev/render/job-1/download?token=abc",
				"document.pdf", null, "2023-11-07T05:32:03Z", 100.0));
		assertThat(done.status().isTerminal()).isTrue();
		assertThat(failed.status()).isEqualTo(AutypeJobStatus.FAILED);
		assertThat(failed.status().isTerminal()).isTrue();
		assertThat(failed.error()).isEqualTo("Render failed: invalid section");
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/render/job-1")).withHeader("X-API-Key", equalTo(KEY))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void getRenderJobToleratesAStatusAndFormatAutypeAddsLater() {
		autype.stubFor(get(BASE + "/render/job-3").willReturn(okJson("""
				{"jobId":"job-3","status":"QUEUED","format":"HTML","createdAt":"t","progress":12.5}""")));

		AutypeRenderJob job = this.api.getRenderJob("job-3");

		assertThat(job.status()).isEqualTo(AutypeJobStatus.UNKNOWN);
		assertThat(job.status().isTerminal()).isFalse();
		assertThat(job.format()).isEqualTo(AutypeFormat.UNKNOWN);
		assertThat(job.progress()).isEqualTo(12.5);
	}

	@Test
	void listRenderJobsSendsTheFiltersGiven() {
		autype.stubFor(get(urlPathEqualTo(BASE + "/render")).willReturn(okJson("""
				{"jobs":[{"jobId":"job-1","status":"PROCESSING","format":"PDF","progress":40,
				  "createdAt":"2025-02-21T10:29:00Z"}],"total":21,"page":2,"limit":20,"hasMore":false}""")));

		AutypeRenderJobPage page = this.api.listRenderJobs(AutypeJobStatus.PROCESSING, 2, 20);
		this.api.listRenderJobs(null, null, null);

		assertThat(page.jobs()).extracting(AutypeRenderJob::jobId, AutypeRenderJob::status, AutypeRenderJob::progress)
			.containsExactly(tuple("job-1", AutypeJobStatus.PROCESSING, 40.0));
		assertThat(List.of(page.total(), page.page(), page.limit())).containsExactly(21, 2, 20);
		assertThat(page.hasMore()).isFalse();
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/render?status=PROCESSING&page=2&limit=20"))
			.withHeader("X-API-Key", equalTo(KEY)));
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/render")));
	}

	@Test
	void downloadRenderStreamsTheFileToDisk() throws IOException {
		byte[] pdf = randomBytes(48 * 1024);
		autype.stubFor(get(BASE + "/render/job-1/download").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/pdf")
			.withHeader("Content-Disposition", "attachment; filename=\"invoice-42.pdf\"")
			.withBody(pdf)));
		Path target = this.dir.resolve("out/invoice.pdf");

		DownloadedFile download = this.api.downloadRender("job-1", target);

		assertThat(download).isEqualTo(new DownloadedFile(target, pdf.length, MediaType.APPLICATION_PDF,
				"invoice-42.pdf", "attachment; filename=\"invoice-42.pdf\""));
		assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
		try (Stream<Path> files = Files.list(target.getParent())) {
			assertThat(files).containsExactly(target);
		}
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/render/job-1/download")).withHeader("X-API-Key", equalTo(KEY))
			.withHeader("Accept", equalTo("*/*")));
	}

	@Test
	void writingADownloadClosesItsStream() throws IOException {
		byte[] docx = randomBytes(8 * 1024);
		autype.stubFor(get(BASE + "/render/job-4/download").willReturn(aResponse().withStatus(200).withBody(docx)));
		ResponseEntity<InputStream> download = this.api.downloadRender("job-4");
		AtomicBoolean closed = new AtomicBoolean();
		ResponseEntity<InputStream> tracked = new ResponseEntity<>(new FilterInputStream(download.getBody()) {
			@Override
			public void close() throws IOException {
				closed.set(true);
				super.close();
			}
		}, download.getHeaders(), download.getStatusCode());

		DownloadedFile written = DownloadedFile.write(tracked, this.dir.resolve("report.docx"));

		assertThat(written.size()).isEqualTo(docx.length);
		assertThat(written.filename()).isNull();
		assertThat(closed).isTrue();
	}

	@Test
	void aDownloadThatCannotBeWrittenIsStillClosed() throws IOException {
		autype.stubFor(get(BASE + "/render/job-5/download").willReturn(aResponse().withStatus(200).withBody("x")));
		Path blocker = Files.writeString(this.dir.resolve("not-a-directory"), "");
		ResponseEntity<InputStream> download = this.api.downloadRender("job-5");
		AtomicBoolean closed = new AtomicBoolean();
		ResponseEntity<InputStream> tracked = new ResponseEntity<>(new FilterInputStream(download.getBody()) {
			@Override
			public void close() throws IOException {
				closed.set(true);
				super.close();
			}
		}, download.getHeaders(), download.getStatusCode());

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> DownloadedFile.write(tracked, blocker.resolve("file.pdf")));
		assertThat(closed).isTrue();
	}

	@Test
	void downloadRenderFollowsARedirectToStorageWithoutTheKey() throws IOException {
		byte[] pdf = randomBytes(16 * 1024);
		autype.stubFor(get(BASE + "/render/job-6/download").willReturn(
				aResponse().withStatus(302).withHeader("Location", storage.baseUrl() + "/renders/job-6.pdf?sig=s1")));
		storage.stubFor(get(urlPathEqualTo("/renders/job-6.pdf"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(pdf)));
		Path target = this.dir.resolve("job-6.pdf");

		DownloadedFile download = this.api.downloadRender("job-6", target);

		assertThat(download.size()).isEqualTo(pdf.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(pdf);
		storage.verify(getRequestedFor(urlEqualTo("/renders/job-6.pdf?sig=s1")).withHeader("X-API-Key", absent()));
	}

	@Test
	void aFailedDownloadIsAnErrorAndLeavesNoFile() {
		autype.stubFor(get(BASE + "/render/gone/download").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"statusCode\":404,\"message\":\"Render job not found\",\"error\":\"Not Found\"}")));
		Path target = this.dir.resolve("gone.pdf");

		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> this.api.downloadRender("gone", target))
			.withMessage("Provider 'autype' answered HTTP 404 Not Found: Render job not found");
		assertThat(target).doesNotExist();
	}

	@Test
	void createBulkRenderPostsUpperCaseFormatAndItems() {
		autype.stubFor(post(BASE + "/bulk-render").willReturn(okJson("""
				{"bulkJobId":"bulk-1","status":"PENDING","format":"PDF","totalItems":2,"completedItems":0,
				 "failedItems":0,"webhookUrl":"https://example.com/webhook","createdAt":"2025-02-21T10:29:00Z"}""")));
		Map<String, Object> acme = new LinkedHashMap<>();
		acme.put("companyName", "Acme Inc");
		acme.put("date", "2024-01-01");

		AutypeBulkJob job = this.api.createBulkRender(AutypeBulkRenderRequest
			.of("doc-7", AutypeFormat.PDF, List.of(acme, Map.of("companyName", "Beta Corp", "date", "2024-01-02")))
			.withWebhook(AutypeWebhook.to("https://example.com/webhook")));

		assertThat(job).isEqualTo(new AutypeBulkJob("bulk-1", AutypeJobStatus.PENDING, AutypeFormat.PDF, 2, 0, 0,
				"https://example.com/webhook", null, null, "2025-02-21T10:29:00Z", null));
		autype.verify(postRequestedFor(urlEqualTo(BASE + "/bulk-render")).withHeader("X-API-Key", equalTo(KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"documentId":"doc-7","format":"PDF",
					 "items":[{"companyName":"Acme Inc","date":"2024-01-01"},
					  {"companyName":"Beta Corp","date":"2024-01-02"}],
					 "webhook":{"webhookUrl":"https://example.com/webhook"}}""")));
	}

	@Test
	void getBulkRenderReadsItsCountsAndDownloadBulkRenderWritesTheZip() throws IOException {
		autype.stubFor(get(BASE + "/bulk-render/bulk-1").willReturn(okJson("""
				{"bulkJobId":"bulk-1","status":"COMPLETED","format":"PDF","totalItems":10,"completedItems":9,
				 "failedItems":1,"downloadUrl":"https://api.autype.com/api/v1/dev/bulk-render/bulk-1/download",
				 "createdAt":"2025-02-21T10:29:00Z","completedAt":"2025-02-21T10:31:00Z","items":[]}""")));
		byte[] zip = randomBytes(24 * 1024);
		autype.stubFor(get(BASE + "/bulk-render/bulk-1/download").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/zip")
			.withBody(zip)));
		Path target = this.dir.resolve("bulk-1.zip");

		AutypeBulkJob job = this.api.getBulkRender("bulk-1");
		DownloadedFile download = this.api.downloadBulkRender("bulk-1", target);

		assertThat(job.status().isTerminal()).isTrue();
		assertThat(List.of(job.totalItems(), job.completedItems(), job.failedItems())).containsExactly(10, 9, 1);
		assertThat(job.completedAt()).isEqualTo("2025-02-21T10:31:00Z");
		assertThat(download.contentType()).isEqualTo(MediaType.parseMediaType("application/zip"));
		assertThat(Files.readAllBytes(target)).isEqualTo(zip);
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/bulk-render/bulk-1")).withHeader("X-API-Key", equalTo(KEY)));
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/bulk-render/bulk-1/download"))
			.withHeader("X-API-Key", equalTo(KEY))
			.withHeader("Accept", equalTo("*/*")));
	}

	@Test
	void listAndCreateProjects() {
		autype.stubFor(get(urlPathEqualTo(BASE + "/projects")).willReturn(okJson("""
				{"projects":[{"id":"p-1","name":"Invoices","visibility":"PUBLIC","createdAt":"2025-01-02T03:04:05Z"},
				  {"id":"p-2","name":"Drafts","visibility":"PRIVATE","createdAt":"2025-01-03T03:04:05Z"}],
				 "total":2,"page":1,"limit":50}""")));
		autype.stubFor(post(BASE + "/projects").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"p-3\",\"name\":\"Contracts\",\"visibility\":\"PUBLIC\",\"createdAt\":\"2025-02-21T10:29:00Z\"}")));

		AutypeProjectPage page = this.api.listProjects(1, 50);
		this.api.listProjects();
		AutypeProject created = this.api.createProject(AutypeProjectRequest.named("Contracts").withDescription("NDAs"));

		assertThat(page.projects()).containsExactly(
				new AutypeProject("p-1", "Invoices", "PUBLIC", "2025-01-02T03:04:05Z"),
				new AutypeProject("p-2", "Drafts", "PRIVATE", "2025-01-03T03:04:05Z"));
		assertThat(page.projects()).extracting(AutypeProject::isPublic).containsExactly(true, false);
		assertThat(List.of(page.total(), page.page(), page.limit())).containsExactly(2, 1, 50);
		assertThat(created).isEqualTo(new AutypeProject("p-3", "Contracts", "PUBLIC", "2025-02-21T10:29:00Z"));
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/projects?page=1&limit=50")).withHeader("X-API-Key", equalTo(KEY)));
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/projects")));
		autype.verify(postRequestedFor(urlEqualTo(BASE + "/projects")).withHeader("X-API-Key", equalTo(KEY))
			.withRequestBody(equalToJson("{\"name\":\"Contracts\",\"description\":\"NDAs\"}")));
	}

	@Test
	void listGetAndCreateDocuments() {
		autype.stubFor(get(urlPathEqualTo(BASE + "/documents")).willReturn(okJson("""
				{"documents":[{"id":"doc-7","title":"Invoice","projectId":"p-1","description":"Monthly invoice",
				  "createdAt":"2025-01-02T03:04:05Z","updatedAt":"2025-01-05T03:04:05Z"}],
				 "total":1,"page":1,"limit":20}""")));
		autype.stubFor(get(BASE + "/documents/doc-7").willReturn(okJson("""
				{"id":"doc-7","title":"Invoice","projectId":"p-1","description":{},
				 "content":{"document":{"type":"pdf"},"sections":[]},
				 "createdAt":"2025-01-02T03:04:05Z","updatedAt":"2025-01-05T03:04:05Z"}""")));
		autype.stubFor(post(BASE + "/documents").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"id":"doc-8","title":"My Document","projectId":"p-1","createdAt":"2023-11-07T05:31:56Z",
					 "updatedAt":"2023-11-07T05:31:56Z","description":"Document description"}""")));

		AutypeDocumentPage page = this.api.listDocuments("p-1");
		this.api.listDocuments(null, 3, 10);
		AutypeDocument document = this.api.getDocument("doc-7");
		AutypeDocument created = this.api.createDocument(AutypeDocumentRequest.of("p-1", "My Document")
			.withDescription("Document description")
			.withContent(Map.of("document", Map.of("type", "pdf"), "sections", List.of())));

		assertThat(page.documents()).singleElement().satisfies((listed) -> {
			assertThat(listed.id()).isEqualTo("doc-7");
			assertThat(listed.descriptionText()).isEqualTo("Monthly invoice");
			assertThat(listed.content()).isNull();
		});
		assertThat(document.content().path("document").path("type").stringValue()).isEqualTo("pdf");
		assertThat(document.descriptionText()).isEqualTo("{}");
		assertThat(created.id()).isEqualTo("doc-8");
		assertThat(created.projectId()).isEqualTo("p-1");
		assertThat(created.descriptionText()).isEqualTo("Document description");
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/documents?projectId=p-1")).withHeader("X-API-Key", equalTo(KEY)));
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/documents?page=3&limit=10")));
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/documents/doc-7")).withHeader("X-API-Key", equalTo(KEY)));
		autype.verify(postRequestedFor(urlEqualTo(BASE + "/documents")).withRequestBody(equalToJson("""
				{"projectId":"p-1","title":"My Document","description":"Document description",
				 "content":{"document":{"type":"pdf"},"sections":[]}}""")));
	}

	@Test
	void getDocumentVariablesReadsTheDocumentedDefinitions() {
		autype.stubFor(get(BASE + "/documents/doc-7/variables").willReturn(okJson("""
				{"documentId":"doc-7","title":"Invoice",
				 "variables":{"companyName":{"type":"string"},"logo":{"type":"image","width":150},"items":{"type":"list"}},
				 "variableNames":["companyName","logo","items"]}""")));

		AutypeDocumentVariables variables = this.api.getDocumentVariables("doc-7");

		assertThat(variables.documentId()).isEqualTo("doc-7");
		assertThat(variables.variableNames()).containsExactly("companyName", "logo", "items");
		assertThat(variables.typeOf("logo")).isEqualTo("image");
		assertThat(variables.typeOf("missing")).isNull();
		assertThat(variables.variables().get("logo").path("width").asInt()).isEqualTo(150);
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/documents/doc-7/variables"))
			.withHeader("X-API-Key", equalTo(KEY)));
	}

	@Test
	void getApiKeyInfoReadsTheCredits() {
		autype.stubFor(get(BASE + "/api-key/info").willReturn(okJson("""
				{"orgId":"org-1","orgName":"Acme","creditsAvailable":1250,"createdByUserId":"u-9","plan":"PRO"}""")));

		assertThat(this.api.getApiKeyInfo()).isEqualTo(new AutypeApiKeyInfo("org-1", "Acme", 1250.0, "u-9"));
		autype.verify(getRequestedFor(urlEqualTo(BASE + "/api-key/info")).withHeader("X-API-Key", equalTo(KEY)));
	}

	@Test
	void documentedErrorsCarryAutypesMessage() {
		autype.stubFor(get(BASE + "/render/j-401").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"statusCode\":401,\"message\":\"Invalid or expired API key\",\"error\":\"Unauthorized\"}")));
		autype.stubFor(get(BASE + "/render/j-429").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"statusCode":429,"message":"Rate limit exceeded. Please wait before making more requests.",
					 "error":"Too Many Requests"}""")));

		assertThatExceptionOfType(ProviderAuthenticationException.class).isThrownBy(() -> this.api.getRenderJob("j-401"))
			.withMessage("Provider 'autype' rejected the credential (HTTP 401 Unauthorized): Invalid or expired API key");
		assertThatExceptionOfType(ProviderApiException.class).isThrownBy(() -> this.api.getRenderJob("j-429"))
			.withMessage("Provider 'autype' answered HTTP 429 Too Many Requests: Rate limit exceeded. "
					+ "Please wait before making more requests.");
	}

	@Test
	void validationMessagesInAnArrayAreJoined() {
		autype.stubFor(post(BASE + "/bulk-render").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"statusCode":400,"message":["documentId should not be empty",
					 "items must contain no more than 100 elements"],"error":"Bad Request"}""")));

		assertThatExceptionOfType(ProviderApiException.class)
			.isThrownBy(() -> this.api.createBulkRender(AutypeBulkRenderRequest.of("", AutypeFormat.PDF, List.of())))
			.withMessage("Provider 'autype' answered HTTP 400 Bad Request: documentId should not be empty; "
					+ "items must contain no more than 100 elements");
	}

	@Test
	void paymentRequiredIsInsufficientCreditsWithoutNumbers() {
		autype.stubFor(post(BASE + "/render/markdown").willReturn(aResponse().withStatus(402)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"statusCode\":402,\"message\":\"Insufficient credits\",\"error\":\"Payment Required\"}")));

		assertThatExceptionOfType(InsufficientCreditsException.class)
			.isThrownBy(() -> this.api.renderMarkdown(AutypeMarkdownRenderRequest.pdf("# Hi")))
			.withMessage("Provider 'autype' answered HTTP 402 Payment Required: Insufficient credits")
			.satisfies((ex) -> assertThat(List.of(ex.getAvailable().isPresent(), ex.getRequired().isPresent()))
				.containsOnly(false));
	}

	@Test
	void webhookDeliveriesReadIntoEvents() {
		JsonMapper json = JsonMapper.shared();

		AutypeWebhookEvent completed = json.readValue("""
				{"event":"job.completed","jobType":"render","jobId":"a1b2c3d4","status":"COMPLETED",
				 "filename":"document.pdf","completedAt":"2025-02-21T10:30:00.000Z"}""", AutypeWebhookEvent.class);
		AutypeWebhookEvent failed = json.readValue("""
				{"event":"job.failed","jobType":"render","jobId":"a1b2c3d4","status":"FAILED",
				 "error":"Render failed: invalid section","completedAt":"2025-02-21T10:30:00.000Z"}""",
				AutypeWebhookEvent.class);
		AutypeWebhookEvent bulk = json.readValue("""
				{"event":"job.completed","jobType":"bulk-render","jobId":"b2c3d4e5","status":"COMPLETED",
				 "metadata":{"totalItems":10,"completedItems":10,"failedItems":0},
				 "completedAt":"2025-02-21T10:31:00.000Z","retry":false}""", AutypeWebhookEvent.class);

		assertThat(completed).isEqualTo(new AutypeWebhookEvent("job.completed", "render", "a1b2c3d4",
				AutypeJobStatus.COMPLETED, "document.pdf", null, null, null, "2025-02-21T10:30:00.000Z"));
		assertThat(completed.isCompleted()).isTrue();
		assertThat(failed.isCompleted()).isFalse();
		assertThat(failed.error()).isEqualTo("Render failed: invalid section");
		assertThat(bulk.metadata().path("completedItems").asInt()).isEqualTo(10);
	}

	@Test
	void webhookSecretsStayOutOfToString() {
		AutypeWebhook webhook = AutypeWebhook.to("https://example.com/webhook").withHeader("X-Secret", "s3cr3t");

		assertThat(webhook.toString()).contains("X-Secret").doesNotContain("s3cr3t");
		assertThat(webhook.withBasicAuth("user", "pa55").toString()).contains("user").doesNotContain("pa55");
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

}
