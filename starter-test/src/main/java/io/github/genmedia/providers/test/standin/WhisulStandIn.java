package io.github.genmedia.providers.test.standin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Whisul (docs.whisul.com): {@code Authorization: Bearer}; {@code POST /generate}
 * answered 202, jobs {@code running} then {@code completed} with the song. No credits
 * endpoint, as at Whisul.
 */
final class WhisulStandIn {

	static final String BASE = "/whisul/api";

	static final String UNAUTHORIZED = "{\"error\":\"Unauthorized\",\"message\":\"Invalid API key.\"}";

	static final String INSUFFICIENT_CREDITS = "{\"error\":\"Payment Required\",\"message\":\"Insufficient credits.\"}";

	static final StandInProvider PROVIDER = StandInProvider.apiKey("whisul", BASE, "stand-in-whisul-0001",
			"Authorization", true, INSUFFICIENT_CREDITS, WhisulStandIn::register);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final JobBook jobs;

	private WhisulStandIn(JobBook jobs) {
		this.jobs = jobs;
	}

	private static void register(StandInServer server, String key, StandInContext context) {
		WhisulStandIn whisul = new WhisulStandIn(context.jobs());
		StandInServer.Credentials credential = new StandInServer.Credentials(PROVIDER.credential().header(),
				equalTo("Bearer " + key), UNAUTHORIZED);
		server.route(() -> post(urlPathEqualTo(BASE + "/generate")), credential, "whisul-generate", whisul::generate);
		server.route(() -> get(urlPathMatching(BASE + "/jobs/[^/]+")), credential, "whisul-job", whisul::job);
	}

	private ResponseDefinition generate(Request request) {
		if (!request.getBodyAsString().matches("(?s).*\"prompt\"\\s*:\\s*\"[^\"]+\".*")) {
			return Answers.json(400, "{\"error\":\"Invalid input\",\"message\":\"The 'prompt' field is required.\"}");
		}
		String id = this.jobs.start("job");
		return Answers.json(202, "{\"message\":\"Composition task received.\",\"job_id\":\"" + id
				+ "\",\"poll_url\":\"/jobs/" + id + "\"}");
	}

	private ResponseDefinition job(Request request) {
		String id = request.getUrl().substring(request.getUrl().lastIndexOf('/') + 1);
		Double progress = this.jobs.progress(id);
		if (progress == null) {
			return Answers.json(404, "{\"error\":\"Not found\",\"message\":\"No job exists with the provided job_id.\"}");
		}
		String started = timestamp(this.jobs.startedAt(id));
		if (progress < 1) {
			return Answers.json(200, "{\"status\":\"running\",\"prompt\":\"stand-in\",\"result\":null,\"error\":null,"
					+ "\"started_at\":\"" + started + "\"}");
		}
		return Answers.json(200, """
				{"status":"completed","prompt":"stand-in","result":{"title":"Stand-in Groove","bpm":120,
				 "duration":"2:47","song_url":"https://cdn.stand-in.test/whisul/%1$s.mp3",
				 "image_url":"https://cdn.stand-in.test/whisul/%1$s.jpg","tags":"stand-in, test"},
				 "error":null,"started_at":"%2$s","finished_at":"%3$s"}""".formatted(id, started,
				timestamp(this.jobs.now())));
	}

	private static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

}
