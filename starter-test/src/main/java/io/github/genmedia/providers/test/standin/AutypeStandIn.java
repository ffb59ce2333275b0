package io.github.genmedia.providers.test.standin;

import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Autype (docs.autype.com): {@code X-API-Key} only (a Bearer token, or a key without
 * {@code ak_}, is a 401); render jobs {@code PENDING}, {@code PROCESSING} with progress,
 * then {@code COMPLETED} with a PDF to download; the key's credits.
 */
final class AutypeStandIn {

	static final String BASE = "/autype/api/v1/dev";

	static final String UNAUTHORIZED = error(401, "Invalid or expired API key", "Unauthorized");

	static final String INSUFFICIENT_CREDITS = error(402, "Insufficient credits", "Payment Required");

	private final JobBook jobs;

	private final String base;

	private final Webhooks webhooks;

	private AutypeStandIn(JobBook jobs, String base, Webhooks webhooks) {
		this.jobs = jobs;
		this.base = base;
		this.webhooks = webhooks;
	}

	static void register(StandInServer server, String key, JobBook jobs, String serverUrl, Webhooks webhooks) {
		AutypeStandIn autype = new AutypeStandIn(jobs, serverUrl + BASE, webhooks);
		StandInServer.Credentials credential = new StandInServer.Credentials("X-API-Key", equalTo(key), UNAUTHORIZED);
		server.json(() -> get(urlPathEqualTo(BASE + "/api-key/info")), credential,
				"{\"orgId\":\"org-stand-in\",\"orgName\":\"Stand-in\",\"creditsAvailable\":1250,"
						+ "\"createdByUserId\":\"user-stand-in\"}");
		server.route(() -> post(urlPathMatching(BASE + "/render(/markdown|/document/[^/]+)?")), credential,
				"autype-render", autype::render);
		server.route(() -> get(urlPathMatching(BASE + "/render/[^/]+")), credential, "autype-job", autype::job);
		server.route(() -> get(urlPathMatching(BASE + "/render/[^/]+/download")), credential, "autype-download",
				autype::download);
	}

	private ResponseDefinition render(Request request) {
		String id = this.jobs.start("render");
		this.webhooks.deliverWhenDone(request.getBodyAsString(), this.jobs.doneAt(id), () -> "{\"event\":\"job.completed\",\"jobType\":"
				+ "\"render\",\"jobId\":\"" + id + "\",\"status\":\"COMPLETED\",\"filename\":\"" + id + ".pdf\","
				+ "\"downloadUrl\":\"" + this.base + "/render/" + id + "/download\",\"completedAt\":\"" + this.jobs.now()
				+ "\"}");
		return Answers.json(200, "{\"jobId\":\"" + id + "\",\"status\":\"PENDING\",\"format\":\"PDF\",\"creditCost\":5,"
				+ "\"createdAt\":\"" + this.jobs.startedAt(id) + "\"}");
	}

	private ResponseDefinition job(Request request) {
		String id = request.getUrl().replaceFirst(".*/render/([^/?]+).*", "$1");
		Double progress = this.jobs.progress(id);
		if (progress == null) {
			return Answers.json(404, error(404, "Render job not found", "Not Found"));
		}
		String created = "\"createdAt\":\"" + this.jobs.startedAt(id) + "\"";
		if (progress < 0.1) {
			return Answers.json(200, "{\"jobId\":\"" + id + "\",\"status\":\"PENDING\",\"format\":\"PDF\"," + created
					+ ",\"progress\":0}");
		}
		if (progress < 1) {
			return Answers.json(200, "{\"jobId\":\"" + id + "\",\"status\":\"PROCESSING\",\"format\":\"PDF\"," + created
					+ ",\"progress\":" + Math.round(progress * 100) + "}");
		}
		return Answers.json(200, "{\"jobId\":\"" + id + "\",\"status\":\"COMPLETED\",\"format\":\"PDF\"," + created
				+ ",\"downloadUrl\":\"" + this.base + "/render/" + id + "/download\",\"filename\":\"" + id + ".pdf\","
				+ "\"completedAt\":\"" + this.jobs.now() + "\",\"progress\":100}");
	}

	private ResponseDefinition download(Request request) {
		String id = request.getUrl().replaceFirst(".*/render/([^/?]+)/download.*", "$1");
		Double progress = this.jobs.progress(id);
		if (progress == null || progress < 1) {
			return Answers.json(404, error(404, "Render job not found or not completed", "Not Found"));
		}
		byte[] pdf = ("%PDF-1.7\n% stand-in render " + id + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
		return Answers.bytes(200, "application/pdf", pdf,
				new HttpHeader("Content-Disposition", "attachment; filename=\"" + id + ".pdf\""));
	}

	static String error(int status, String message, String error) {
		return "{\"statusCode\":" + status + ",\"message\":" + Answers.quoted(message) + ",\"error\":\"" + error + "\"}";
	}

}
