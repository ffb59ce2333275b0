package io.github.genmedia.providers.test.standin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Autype (docs.autype.com): {@code X-API-Key} only (a Bearer token, or a key without
 * {@code ak_}, is a 401); render jobs {@code PENDING}, {@code PROCESSING} with progress,
 * then {@code COMPLETED} with a file to download in the format the request named, and
 * listed newest first; the key's credits. Projects and documents are
 * {@link AutypeWorkspace}'s, bulk renders {@link AutypeBulkRenders}'.
 */
final class AutypeStandIn {

	static final String BASE = "/autype/api/v1/dev";

	static final String UNAUTHORIZED = error(401, "Invalid or expired API key", "Unauthorized");

	static final String INSUFFICIENT_CREDITS = error(402, "Insufficient credits", "Payment Required");

	static final StandInProvider PROVIDER = StandInProvider.apiKey("autype", BASE, "ak_stand-in-autype-0001",
			"X-API-Key", true, INSUFFICIENT_CREDITS, AutypeStandIn::register);

	/** The output formats, as Autype answers them. */
	static final List<String> FORMATS = List.of("PDF", "DOCX", "ODT");

	private static final List<String> STATUSES = List.of("PENDING", "PROCESSING", "COMPLETED", "FAILED");

	private final JobBook jobs;

	private final String base;

	private final Webhooks webhooks;

	private final AutypeWorkspace workspace;

	private final Map<String, String> formats = new ConcurrentHashMap<>();

	private final List<String> started = new CopyOnWriteArrayList<>();

	private AutypeStandIn(JobBook jobs, String base, Webhooks webhooks, AutypeWorkspace workspace) {
		this.jobs = jobs;
		this.base = base;
		this.webhooks = webhooks;
		this.workspace = workspace;
	}

	private static void register(StandInServer server, String key, StandInContext context) {
		StandInServer.Credentials credential = new StandInServer.Credentials(PROVIDER.credential().header(),
				equalTo(key), UNAUTHORIZED);
		JobBook jobs = context.jobs();
		AutypeWorkspace workspace = AutypeWorkspace.register(server, credential, jobs);
		AutypeBulkRenders.register(server, credential, jobs, server.url(BASE), context.webhooks(), workspace);
		AutypeStandIn autype = new AutypeStandIn(jobs, server.url(BASE), context.webhooks(), workspace);
		server.json(() -> get(urlPathEqualTo(BASE + "/api-key/info")), credential,
				"{\"orgId\":\"org-stand-in\",\"orgName\":\"Stand-in\",\"creditsAvailable\":1250,"
						+ "\"createdByUserId\":\"user-stand-in\"}");
		server.route(() -> post(urlPathMatching(BASE + "/render(/markdown|/document/[^/]+)?")), credential,
				"autype-render", autype::render);
		server.route(() -> get(urlPathEqualTo(BASE + "/render")), credential, "autype-jobs", autype::list);
		server.route(() -> get(urlPathMatching(BASE + "/render/[^/]+")), credential, "autype-job", autype::job);
		server.route(() -> get(urlPathMatching(BASE + "/render/[^/]+/download")), credential, "autype-download",
				autype::download);
	}

	private ResponseDefinition render(Request request) {
		String path = request.getUrl().split("\\?")[0];
		JsonNode body = Requests.json(request);
		String type;
		if (path.equals(BASE + "/render")) {
			type = body.path("config").path("document").path("type").asString("");
		}
		else if (path.equals(BASE + "/render/markdown")) {
			if (Requests.text(body, "content") == null) {
				return badRequest(List.of("content should not be empty"));
			}
			type = body.path("document").path("type").asString("");
		}
		else {
			JsonNode content = this.workspace.content(Requests.segment(request, 0));
			if (content == null) {
				return AutypeWorkspace.documentNotFound();
			}
			type = body.path("format").asString(content.path("document").path("type").asString("pdf"));
		}
		String format = type.toUpperCase(Locale.ROOT);
		if (!FORMATS.contains(format)) {
			return badRequest(List.of("document.type must be one of the following values: pdf, docx, odt"));
		}
		String id = this.jobs.start("render");
		this.formats.put(id, format);
		this.started.add(id);
		this.webhooks.deliverWhenDone(request.getBodyAsString(), this.jobs.doneAt(id), () -> "{\"event\":\"job.completed\",\"jobType\":"
				+ "\"render\",\"jobId\":\"" + id + "\",\"status\":\"COMPLETED\",\"filename\":\"" + filename(id)
				+ "\",\"downloadUrl\":\"" + this.base + "/render/" + id + "/download\",\"completedAt\":\""
				+ this.jobs.now() + "\"}");
		return Answers.json(200, "{\"jobId\":\"" + id + "\",\"status\":\"PENDING\",\"format\":\"" + format
				+ "\",\"creditCost\":5,\"createdAt\":\"" + this.jobs.startedAt(id) + "\"}");
	}

	private ResponseDefinition list(Request request) {
		String status = Requests.query(request, "status");
		if (status != null && !STATUSES.contains(status)) {
			return badRequest(List.of("status must be one of the following values: " + String.join(", ", STATUSES)));
		}
		List<JsonNode> jobs = new ArrayList<>();
		List<String> started = new ArrayList<>(this.started);
		Collections.reverse(started);
		for (String id : started) {
			Double progress = this.jobs.progress(id);
			JsonNode job = (progress != null) ? state(id, progress) : null;
			if (job != null && (status == null || job.path("status").stringValue().equals(status))) {
				jobs.add(job);
			}
		}
		return page(request, "jobs", jobs, true);
	}

	private ResponseDefinition job(Request request) {
		String id = Requests.segment(request, 0);
		Double progress = this.jobs.progress(id);
		if (progress == null) {
			return Answers.json(404, error(404, "Render job not found", "Not Found"));
		}
		return Answers.json(200, state(id, progress).toString());
	}

	/** A job as a status request answers it. */
	private JsonNode state(String id, double progress) {
		ObjectNode job = JsonMapper.shared().createObjectNode().put("jobId", id);
		job.put("status", (progress < 0.1) ? "PENDING" : (progress < 1) ? "PROCESSING" : "COMPLETED");
		job.put("format", format(id));
		job.put("createdAt", this.jobs.startedAt(id).toString());
		if (progress >= 1) {
			job.put("downloadUrl", this.base + "/render/" + id + "/download");
			job.put("filename", filename(id));
			job.put("completedAt", this.jobs.now().toString());
		}
		return job.put("progress", (progress < 0.1) ? 0 : Math.round(progress * 100));
	}

	private ResponseDefinition download(Request request) {
		String id = Requests.segment(request, 1);
		Double progress = this.jobs.progress(id);
		if (progress == null || progress < 1) {
			return Answers.json(404, error(404, "Render job not found or not completed", "Not Found"));
		}
		return Answers.bytes(200, contentType(format(id)), document(format(id), id),
				new HttpHeader("Content-Disposition", "attachment; filename=\"" + filename(id) + "\""));
	}

	private String format(String id) {
		return this.formats.getOrDefault(id, "PDF");
	}

	private String filename(String id) {
		return id + "." + format(id).toLowerCase(Locale.ROOT);
	}

	/**
	 * A page of a list: {@code page} from 1, {@code limit} 1 to 100 (20 when absent).
	 * @param request the request
	 * @param field the name of the list in the answer
	 * @param items every item
	 * @param hasMore whether the answer says if another page follows
	 * @return the page, or Autype's 400 for a page or limit out of range
	 */
	static ResponseDefinition page(Request request, String field, List<JsonNode> items, boolean hasMore) {
		int page = number(Requests.query(request, "page"), 1);
		int limit = number(Requests.query(request, "limit"), 20);
		List<String> problems = new ArrayList<>();
		if (page < 1) {
			problems.add("page must not be less than 1");
		}
		if (limit < 1 || limit > 100) {
			problems.add("limit must be a number from 1 to 100");
		}
		if (!problems.isEmpty()) {
			return badRequest(problems);
		}
		int from = (int) Math.min((long) (page - 1) * limit, items.size());
		int to = Math.min(from + limit, items.size());
		ObjectNode answer = JsonMapper.shared().createObjectNode();
		ArrayNode list = answer.putArray(field);
		items.subList(from, to).forEach(list::add);
		answer.put("total", items.size()).put("page", page).put("limit", limit);
		if (hasMore) {
			answer.put("hasMore", to < items.size());
		}
		return Answers.json(200, answer.toString());
	}

	/** A query parameter's number, its default when absent, -1 when not a number. */
	private static int number(@Nullable String value, int absent) {
		return (value == null) ? absent : value.matches("\\d{1,6}") ? Integer.parseInt(value) : -1;
	}

	/** A rendered document of a format: a PDF, or a DOCX or ODT package. */
	static byte[] document(String format, String name) {
		String text = "Stand-in render " + name;
		Map<String, byte[]> files = new LinkedHashMap<>();
		switch (format) {
			case "DOCX" -> {
				files.put("[Content_Types].xml", utf8("<Types/>"));
				files.put("word/document.xml", utf8("<w:document><w:body><w:p><w:r><w:t>" + text
						+ "</w:t></w:r></w:p></w:body></w:document>"));
			}
			case "ODT" -> {
				files.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
				files.put("content.xml",
						utf8("<office:document-content><office:text>" + text + "</office:text></office:document-content>"));
			}
			default -> {
				return utf8("%PDF-1.7\n% " + text + "\n%%EOF\n");
			}
		}
		return zip(files);
	}

	static String contentType(String format) {
		return switch (format) {
			case "DOCX" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case "ODT" -> "application/vnd.oasis.opendocument.text";
			default -> "application/pdf";
		};
	}

	/** A ZIP of named files, in the map's order. */
	static byte[] zip(Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static ResponseDefinition badRequest(List<String> messages) {
		return Answers.json(400, "{\"statusCode\":400,\"message\":["
				+ String.join(",", messages.stream().map(Answers::quoted).toList()) + "],\"error\":\"Bad Request\"}");
	}

	static String error(int status, String message, String error) {
		return "{\"statusCode\":" + status + ",\"message\":" + Answers.quoted(message) + ",\"error\":\"" + error + "\"}";
	}

}
