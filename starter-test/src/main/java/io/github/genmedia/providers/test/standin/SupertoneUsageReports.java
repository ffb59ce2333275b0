package io.github.genmedia.providers.test.standin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Supertone's usage reports: daily usage per voice ({@code GET /v1/voice-usage}, half a
 * minute of the stand-in voice each day of the range) and usage by time bucket
 * ({@code GET /v1/usage}, half a minute per bucket, broken down as asked, a page of
 * {@code page_size} buckets at a time with an offset as its token). Missing or malformed
 * ranges are a {@code 400}.
 */
final class SupertoneUsageReports {

	private static final SupertoneVoices.Preset VOICE = SupertoneVoices.PRESETS.get(0);

	private static final List<String> BREAKDOWNS = List.of("voice_id", "voice_name", "api_key", "model");

	/** At most this many days in a voice usage report. */
	private static final int MAX_DAYS = 366;

	private SupertoneUsageReports() {
	}

	static void register(StandInServer server, StandInServer.Credentials credential) {
		server.route(() -> get(urlPathEqualTo(SupertoneStandIn.BASE + "/v1/voice-usage")), credential,
				"supertone-voice-usage", SupertoneUsageReports::voiceUsage);
		server.route(() -> get(urlPathEqualTo(SupertoneStandIn.BASE + "/v1/usage")), credential, "supertone-usage",
				SupertoneUsageReports::usage);
	}

	private static ResponseDefinition voiceUsage(Request request) {
		LocalDate start = date(Requests.query(request, "start_date"));
		LocalDate end = date(Requests.query(request, "end_date"));
		if (start == null || end == null) {
			return badRequest("start_date and end_date must be dates in the format YYYY-MM-DD");
		}
		if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			return badRequest("end_date must be from start_date to a year after it");
		}
		ObjectNode report = JsonMapper.shared().createObjectNode();
		ArrayNode usages = report.putArray("usages");
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			usages.addObject()
				.put("date", day.toString())
				.put("voice_id", VOICE.id())
				.put("name", VOICE.name())
				.put("style", VOICE.styles().get(0))
				.put("language", VOICE.languages().get(0))
				.put("total_minutes_used", 0.5)
				.put("model", VOICE.models().get(0))
				.put("thumbnail_url", "https://cdn.stand-in.test/supertone/" + VOICE.id() + ".png");
		}
		return Answers.json(200, report.toString());
	}

	private static ResponseDefinition usage(Request request) {
		OffsetDateTime start = time(Requests.query(request, "start_time"));
		OffsetDateTime end = time(Requests.query(request, "end_time"));
		if (start == null || end == null || !end.isAfter(start)) {
			return badRequest("start_time and end_time must be RFC 3339 times, end_time after start_time");
		}
		String width = Objects.requireNonNullElse(Requests.query(request, "bucket_width"), "day");
		if (!width.equals("hour") && !width.equals("day")) {
			return badRequest("bucket_width must be one of the following values: hour, day");
		}
		List<String> breakdown = Requests.queries(request, "breakdown_type");
		if (!BREAKDOWNS.containsAll(breakdown)) {
			return badRequest("each value in breakdown_type must be one of the following values: "
					+ String.join(", ", BREAKDOWNS));
		}
		String size = Requests.query(request, "page_size");
		String token = Requests.query(request, "next_page_token");
		int pageSize = (size == null) ? 10 : (size.matches("\\d{1,3}")) ? Integer.parseInt(size) : -1;
		if (pageSize < 1 || pageSize > 20) {
			return badRequest("page_size must be a number from 1 to 20");
		}
		if (token != null && !token.matches("\\d{1,6}")) {
			return badRequest("next_page_token is not valid");
		}
		Duration bucket = width.equals("hour") ? Duration.ofHours(1) : Duration.ofDays(1);
		long seconds = Duration.between(start, end).toSeconds();
		long total = (seconds + bucket.toSeconds() - 1) / bucket.toSeconds();
		long from = Math.min((token != null) ? Long.parseLong(token) : 0, total);
		long to = Math.min(from + pageSize, total);
		ObjectNode page = JsonMapper.shared().createObjectNode();
		ArrayNode data = page.putArray("data");
		for (long i = from; i < to; i++) {
			OffsetDateTime starting = start.plus(bucket.multipliedBy(i));
			OffsetDateTime ending = starting.plus(bucket).isAfter(end) ? end : starting.plus(bucket);
			ObjectNode entry = data.addObject();
			entry.put("starting_at", rfc3339(starting));
			entry.put("ending_at", rfc3339(ending));
			ObjectNode result = entry.putArray("results").addObject();
			result.put("voice_id", breakdown.contains("voice_id") ? VOICE.id() : null);
			result.put("voice_name", breakdown.contains("voice_name") ? VOICE.name() : null);
			result.put("api_key", breakdown.contains("api_key") ? "stand-in-****" : null);
			result.put("model", breakdown.contains("model") ? VOICE.models().get(0) : null);
			result.put("minutes_used", 0.5);
		}
		page.put("next_page_token", (to < total) ? String.valueOf(to) : null);
		page.put("total", total);
		return Answers.json(200, page.toString());
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		try {
			return (text != null) ? LocalDate.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable OffsetDateTime time(@Nullable String text) {
		try {
			return (text != null) ? OffsetDateTime.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String rfc3339(OffsetDateTime time) {
		return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static ResponseDefinition badRequest(String message) {
		return Answers.json(400, SupertoneStandIn.error(400, message, "Bad Request"));
	}

}
