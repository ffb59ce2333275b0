package io.github.genmedia.providers.test.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Autype's bulk renders: a saved document of {@link AutypeWorkspace} rendered once per
 * variable set (1 to 100), {@code PENDING}, {@code PROCESSING} with its items completing,
 * then {@code COMPLETED} with a ZIP of one file per item; a webhook, when the request
 * names one, as for a render.
 */
final class AutypeBulkRenders {

	private final JobBook jobs;

	private final String base;

	private final Webhooks webhooks;

	private final AutypeWorkspace workspace;

	private final Map<String, Bulk> bulks = new ConcurrentHashMap<>();

	private AutypeBulkRenders(JobBook jobs, String base, Webhooks webhooks, AutypeWorkspace workspace) {
		this.jobs = jobs;
		this.base = base;
		this.webhooks = webhooks;
		this.workspace = workspace;
	}

	static void register(StandInServer server, StandInServer.Credentials credential, JobBook jobs, String base,
			Webhooks webhooks, AutypeWorkspace workspace) {
		AutypeBulkRenders bulk = new AutypeBulkRenders(jobs, base, webhooks, workspace);
		String path = AutypeStandIn.BASE + "/bulk-render";
		server.route(() -> post(urlPathEqualTo(path)), credential, "autype-bulk-create", bulk::create);
		server.route(() -> get(urlPathMatching(path + "/[^/]+")), credential, "autype-bulk", bulk::status);
		server.route(() -> get(urlPathMatching(path + "/[^/]+/download")), credential, "autype-bulk-download",
				bulk::download);
	}

	private ResponseDefinition create(Request request) {
		JsonNode body = Requests.json(request);
		String documentId = Requests.text(body, "documentId");
		String format = body.path("format").asString("");
		JsonNode items = body.path("items");
		List<String> problems = new ArrayList<>();
		if (documentId == null) {
			problems.add("documentId should not be empty");
		}
		if (!AutypeStandIn.FORMATS.contains(format)) {
			problems.add("format must be one of the following values: " + String.join(", ", AutypeStandIn.FORMATS));
		}
		if (!items.isArray() || items.isEmpty()) {
			problems.add("items must contain at least 1 elements");
		}
		else if (items.size() > 100) {
			problems.add("items must contain no more than 100 elements");
		}
		if (documentId == null || !problems.isEmpty()) {
			return AutypeStandIn.badRequest(problems);
		}
		if (this.workspace.content(documentId) == null) {
			return AutypeWorkspace.documentNotFound();
		}
		String id = this.jobs.start("bulk");
		String webhookUrl = Requests.text(body.path("webhook"), "webhookUrl");
		Bulk bulk = new Bulk(format, items.size(), webhookUrl);
		this.bulks.put(id, bulk);
		this.webhooks.deliverWhenDone(request.getBodyAsString(), this.jobs.doneAt(id), () -> "{\"event\":\"job.completed\",\"jobType\":"
				+ "\"bulk-render\",\"jobId\":\"" + id + "\",\"status\":\"COMPLETED\",\"metadata\":{\"totalItems\":"
				+ bulk.items() + ",\"completedItems\":" + bulk.items() + ",\"failedItems\":0},\"completedAt\":\""
				+ this.jobs.now() + "\"}");
		return Answers.json(201, state(id, bulk, 0).toString());
	}

	private ResponseDefinition status(Request request) {
		String id = Requests.segment(request, 0);
		Bulk bulk = this.bulks.get(id);
		Double progress = this.jobs.progress(id);
		if (bulk == null || progress == null) {
			return Answers.json(404, AutypeStandIn.error(404, "Bulk render job not found", "Not Found"));
		}
		return Answers.json(200, state(id, bulk, progress).toString());
	}

	private ResponseDefinition download(Request request) {
		String id = Requests.segment(request, 1);
		Bulk bulk = this.bulks.get(id);
		Double progress = this.jobs.progress(id);
		if (bulk == null || progress == null || progress < 1) {
			return Answers.json(404,
					AutypeStandIn.error(404, "Bulk render job not found or not completed", "Not Found"));
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int item = 1; item <= bulk.items(); item++) {
			String name = id + "-" + item;
			files.put(name + "." + bulk.format().toLowerCase(Locale.ROOT), AutypeStandIn.document(bulk.format(), name));
		}
		return Answers.bytes(200, "application/zip", AutypeStandIn.zip(files),
				new HttpHeader("Content-Disposition", "attachment; filename=\"" + id + ".zip\""));
	}

	/** A bulk job as its creation and a status request answer it. */
	private JsonNode state(String id, Bulk bulk, double progress) {
		ObjectNode job = JsonMapper.shared().createObjectNode().put("bulkJobId", id);
		job.put("status", (progress < 0.1) ? "PENDING" : (progress < 1) ? "PROCESSING" : "COMPLETED");
		job.put("format", bulk.format());
		job.put("totalItems", bulk.items());
		job.put("completedItems", (int) (bulk.items() * progress));
		job.put("failedItems", 0);
		if (bulk.webhookUrl() != null) {
			job.put("webhookUrl", bulk.webhookUrl());
		}
		if (progress >= 1) {
			job.put("downloadUrl", this.base + "/bulk-render/" + id + "/download");
			job.put("completedAt", this.jobs.now().toString());
		}
		return job.put("createdAt", this.jobs.startedAt(id).toString());
	}

	/**
	 * What a bulk job renders.
	 */
	private record Bulk(String format, int items, @Nullable String webhookUrl) {
	}

}
