package io.github.genmedia.providers.test.standin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Sunor (docs.sunor.cc): {@code x-api-key}; tasks {@code pending}, {@code running}, then
 * {@code success} with two clips; balance and usage.
 */
final class SunorStandIn {

	static final String BASE = "/sunor/api/v1";

	static final String UNAUTHORIZED = "{\"code\":401,\"message\":\"Invalid API key\"}";

	static final String INSUFFICIENT_CREDITS = "{\"code\":402,\"message\":\"Insufficient credits: available 3, required 10\"}";

	static final StandInProvider PROVIDER = StandInProvider.apiKey("sunor", BASE, "sk-stand-in-sunor-0001",
			"x-api-key", true, INSUFFICIENT_CREDITS, SunorStandIn::register);

	private static final Pattern TASK_TYPE = Pattern.compile("\"task_type\"\\s*:\\s*\"([a-z]+)\"");

	private final JobBook jobs;

	private SunorStandIn(JobBook jobs) {
		this.jobs = jobs;
	}

	private static void register(StandInServer server, String key, StandInContext context) {
		SunorStandIn sunor = new SunorStandIn(context.jobs());
		StandInServer.Credentials credential = new StandInServer.Credentials(PROVIDER.credential().header(),
				equalTo(key), UNAUTHORIZED);
		server.json(() -> get(urlPathEqualTo(BASE + "/account/balance")), credential,
				"{\"code\":200,\"data\":{\"available\":950,\"frozen\":10,\"total\":960}}");
		server.json(() -> get(urlPathEqualTo(BASE + "/account/usage")), credential,
				"{\"code\":200,\"data\":{\"tasks_created\":42,\"credits_used\":350,\"credits_topped_up\":1000}}");
		server.route(() -> post(urlPathEqualTo(BASE + "/task")), credential, "sunor-create", sunor::create);
		server.route(() -> get(urlPathMatching(BASE + "/task/[^/]+")), credential, "sunor-task", sunor::task);
	}

	private ResponseDefinition create(Request request) {
		Matcher type = TASK_TYPE.matcher(request.getBodyAsString());
		if (!type.find() || !request.getBodyAsString().contains("\"input\"")) {
			return Answers.json(400, "{\"code\":400,\"message\":\"Missing required fields: model, task_type, input\"}");
		}
		String id = this.jobs.start("task");
		return Answers.json(200, "{\"code\":200,\"data\":{\"task_id\":\"" + id + "\",\"type\":\"" + type.group(1)
				+ "\",\"status\":\"pending\",\"credits_charged\":10,\"created_at\":\"" + this.jobs.startedAt(id) + "\"}}");
	}

	private ResponseDefinition task(Request request) {
		String id = request.getUrl().substring(request.getUrl().lastIndexOf('/') + 1);
		Double progress = this.jobs.progress(id);
		if (progress == null) {
			return Answers.json(404, "{\"code\":404,\"message\":\"Task not found\"}");
		}
		String status = (progress < 0.2) ? "pending" : (progress < 1) ? "running" : "success";
		String output = !status.equals("success") ? "null" : """
				{"task_type":"music","status":"completed","progress":"100%%","fail_reason":null,"result":[
				 {"id":"%1$s-a","title":"Stand-in song","audio_url":"https://cdn.stand-in.test/%1$s-a.mp3",
				  "image_url":"https://cdn.stand-in.test/%1$s-a.jpg","metadata":{"duration":187.4,"tags":"acoustic"}},
				 {"id":"%1$s-b","title":"Stand-in song","audio_url":"https://cdn.stand-in.test/%1$s-b.mp3",
				  "image_url":"https://cdn.stand-in.test/%1$s-b.jpg","metadata":{"duration":192.0,"tags":"acoustic"}}]}"""
			.formatted(id);
		String completedAt = status.equals("success") ? "\"" + this.jobs.now() + "\"" : "null";
		return Answers.json(200, "{\"code\":200,\"data\":{\"task_id\":\"" + id + "\",\"model\":\"suno\",\"type\":\"music\","
				+ "\"status\":\"" + status + "\",\"credits_cost\":10,\"input\":{},\"output\":" + output
				+ ",\"error\":null,\"created_at\":\"" + this.jobs.startedAt(id) + "\",\"completed_at\":" + completedAt
				+ "}}");
	}

}
