package io.github.genmedia.providers.test.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.genmedia.providers.suno.SunoCookie;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Suno: Clerk, which takes the cookie's {@code __client} as {@code Authorization} and
 * issues JWTs of the configured lifetime, and the studio API, which takes those as
 * {@code Authorization: Bearer}. A generation gives two clips that go {@code submitted},
 * {@code queued}, {@code streaming} (with an audio URL), then {@code complete}.
 */
final class SunoStandIn {

	static final String BASE = "/suno";

	static final String CLERK = "/clerk";

	static final String SESSION = "sess_stand_in";

	static final String UNAUTHORIZED = "{\"detail\":\"Unauthorized\"}";

	static final String INSUFFICIENT_CREDITS = "{\"detail\":\"Insufficient credits.\"}";

	static final StandInProvider PROVIDER = new StandInProvider("suno", BASE,
			new StandInProvider.Credential("providers.suno.cookie", "SUNO_COOKIE",
					"__client=stand-in-client-0001; ajs_anonymous_id=stand-in-device", "Authorization"),
			true, INSUFFICIENT_CREDITS, Map.of("clerk", CLERK), SunoStandIn::register);

	private static final String CLERK_REJECTED = "{\"errors\":[{\"message\":\"Signed out\",\"long_message\":"
			+ "\"This session has ended\",\"code\":\"authentication_invalid\"}]}";

	private final JobBook jobs;

	private final Duration jwtLifetime;

	private SunoStandIn(JobBook jobs, Duration jwtLifetime) {
		this.jobs = jobs;
		this.jwtLifetime = jwtLifetime;
	}

	/**
	 * Register Clerk, which accepts the cookie's {@code __client}, and the studio API.
	 */
	private static void register(StandInServer server, String cookie, StandInContext context) {
		JobBook jobs = context.jobs();
		SunoStandIn suno = new SunoStandIn(jobs, context.jwtLifetime());
		StandInServer.Credentials client = new StandInServer.Credentials("Authorization",
				equalTo(SunoCookie.parse(cookie).revealClient()), CLERK_REJECTED);
		server.json(() -> get(urlPathEqualTo(CLERK + "/v1/client")), client,
				"{\"response\":{\"last_active_session_id\":\"" + SESSION + "\"}}");
		server.route(() -> post(urlPathEqualTo(CLERK + "/v1/client/sessions/" + SESSION + "/tokens")), client,
				"clerk-token", (request) -> Answers.json(200, "{\"jwt\":\"" + suno.jwt() + "\"}"));
		StandInServer.Credentials bearer = new StandInServer.Credentials("Authorization", matching("Bearer eyJ.+"),
				UNAUTHORIZED);
		server.json(() -> get(urlPathMatching(BASE + "/api/billing/info/?")), bearer,
				"{\"total_credits_left\":50,\"period\":null,\"monthly_limit\":50,\"monthly_usage\":0}");
		server.json(() -> post(urlPathEqualTo(BASE + "/api/c/check")), bearer, "{\"required\":false}");
		server.route(() -> post(urlPathEqualTo(BASE + "/api/generate/v2/")), bearer, "suno-generate", suno::generate);
		server.route(() -> get(urlPathEqualTo(BASE + "/api/feed/v2")), bearer, "suno-feed", suno::feed);
		server.route(() -> get(urlPathMatching(BASE + "/api/clip/[^/]+")), bearer, "suno-clip", suno::clip);
		server.route(() -> post(urlPathEqualTo(BASE + "/api/generate/lyrics/")), bearer, "suno-lyrics-start",
				(request) -> Answers.json(200, "{\"id\":\"" + jobs.start("lyrics") + "\"}"));
		server.route(() -> get(urlPathMatching(BASE + "/api/generate/lyrics/[^/]+")), bearer, "suno-lyrics",
				suno::lyrics);
	}

	private ResponseDefinition generate(Request request) {
		String a = this.jobs.start("clip");
		String b = this.jobs.start("clip");
		return Answers.json(200, "{\"id\":\"batch-" + a + "\",\"clips\":[" + clip(a) + "," + clip(b) + "],"
				+ "\"metadata\":{\"type\":\"gen\"},\"major_model_version\":\"v4\",\"status\":\"complete\","
				+ "\"created_at\":\"" + this.jobs.now() + "\",\"batch_size\":1}");
	}

	private ResponseDefinition feed(Request request) {
		String ids = request.queryParameter("ids").isPresent() ? request.queryParameter("ids").firstValue() : "";
		List<String> clips = new ArrayList<>();
		for (String id : URLDecoder.decode(ids, StandardCharsets.UTF_8).split(",")) {
			if (this.jobs.progress(id.strip()) != null) {
				clips.add(clip(id.strip()));
			}
		}
		return Answers.json(200, "{\"clips\":[" + String.join(",", clips) + "]}");
	}

	private ResponseDefinition clip(Request request) {
		String id = request.getUrl().substring(request.getUrl().lastIndexOf('/') + 1);
		return (this.jobs.progress(id) != null) ? Answers.json(200, clip(id))
				: Answers.json(404, "{\"detail\":\"Clip not found\"}");
	}

	private ResponseDefinition lyrics(Request request) {
		String id = request.getUrl().substring(request.getUrl().lastIndexOf('/') + 1);
		Double progress = this.jobs.progress(id);
		if (progress == null) {
			return Answers.json(404, "{\"detail\":\"Not found\"}");
		}
		return (progress < 1) ? Answers.json(200, "{\"text\":\"\",\"title\":\"\",\"status\":\"running\"}")
				: Answers.json(200, "{\"text\":\"[Verse]\\nStand-in lyrics\",\"title\":\"Stand-in\",\"status\":\"complete\"}");
	}

	private String clip(String id) {
		Double known = this.jobs.progress(id);
		double progress = (known != null) ? known : 0;
		String status = (progress < 0.2) ? "submitted" : (progress < 0.5) ? "queued" : (progress < 1) ? "streaming"
				: "complete";
		String audio = (progress < 0.5) ? "" : "https://cdn.stand-in.test/suno/" + id + ".mp3";
		String duration = (progress < 1) ? "null" : "187.4";
		return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"title\":\"Stand-in\",\"audio_url\":\"" + audio
				+ "\",\"video_url\":\"\",\"image_url\":\"\",\"created_at\":\"" + this.jobs.startedAt(id)
				+ "\",\"model_name\":\"chirp-v4\",\"metadata\":{\"type\":\"gen\",\"tags\":\"stand-in\",\"duration\":"
				+ duration + "}}";
	}

	private String jwt() {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		// The wall clock, not the stand-ins' time: the application judges a JWT by its own.
		long now = Instant.now().getEpochSecond();
		String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = encoder.encodeToString(("{\"sub\":\"stand-in\",\"iat\":" + now + ",\"exp\":"
				+ (now + this.jwtLifetime.toSeconds()) + "}").getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".stand-in";
	}

}
