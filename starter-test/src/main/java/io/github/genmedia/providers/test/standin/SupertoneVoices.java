package io.github.genmedia.providers.test.standin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Supertone's voices: a fixed catalogue of preset voices ({@code GET /v1/voices}, its
 * search and each voice) and the account's custom voices, which a clone adds and which
 * can be renamed and deleted. A page token is an offset, as Supertone's custom voice
 * pages show. An id that is neither is a {@code 404}; {@value SupertoneStandIn#OTHER_ACCOUNTS_VOICE}
 * a {@code 403}.
 */
final class SupertoneVoices {

	/** The preset voices, in catalogue order. */
	static final List<Preset> PRESETS = List.of(
			new Preset("voice-stand-in", "Stand-in", "A stand-in voice", "young-adult", "female", "narration",
					List.of("narration"), List.of("en", "ko", "ja"), List.of("neutral", "happy"),
					List.of("sona_speech_1", "sona_speech_2")),
			new Preset("voice-stand-in-deep", "Stand-in Deep", "A calm, low voice for advertisements", "middle-aged",
					"male", "advertisement", List.of("advertisement", "narration"), List.of("en", "de", "fr", "es"),
					List.of("neutral", "serious"), List.of("sona_speech_2", "sona_speech_2_flash")),
			new Preset("voice-stand-in-kid", "Stand-in Kid", "A bright child's voice for animation", "child",
					"female", "animation", List.of("animation", "game"), List.of("ko", "ja"),
					List.of("happy", "neutral"), List.of("sona_speech_1")));

	/** The custom voice the account starts with. */
	static final String CLONED_VOICE = "cloned-voice-stand-in";

	private static final String CUSTOM = SupertoneStandIn.BASE + "/v1/custom-voices";

	private final Map<String, CustomVoice> custom = new LinkedHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	private SupertoneVoices() {
		this.custom.put(CLONED_VOICE, new CustomVoice(CLONED_VOICE, "Stand-in Clone", "A voice cloned for the stand-ins"));
	}

	static SupertoneVoices register(StandInServer server, StandInServer.Credentials credential) {
		SupertoneVoices voices = new SupertoneVoices();
		String base = SupertoneStandIn.BASE + "/v1/voices";
		server.route(() -> get(urlPathEqualTo(base)), credential, "supertone-voices", voices::list);
		server.route(() -> get(urlPathEqualTo(base + "/search")), credential, "supertone-voice-search", voices::search);
		server.route(() -> get(urlPathMatching(base + "/(?!search$)[^/]+")), credential, "supertone-voice",
				voices::voice);
		server.route(() -> post(urlPathEqualTo(CUSTOM + "/cloned-voice")), credential, "supertone-clone",
				voices::cloneVoice);
		server.route(() -> get(urlPathEqualTo(CUSTOM)), credential, "supertone-custom-voices", voices::listCustom);
		server.route(() -> get(urlPathEqualTo(CUSTOM + "/search")), credential, "supertone-custom-voice-search",
				voices::searchCustom);
		server.route(() -> get(urlPathMatching(CUSTOM + "/(?!search$)[^/]+")), credential, "supertone-custom-voice",
				voices::customVoice);
		server.route(() -> patch(urlPathMatching(CUSTOM + "/[^/]+")), credential, "supertone-custom-voice-edit",
				voices::edit);
		server.route(() -> delete(urlPathMatching(CUSTOM + "/[^/]+")), credential, "supertone-custom-voice-delete",
				voices::deleteCustom);
		return voices;
	}

	/**
	 * Return why a voice cannot speak, or {@code null} when it can: a preset voice or one
	 * of the account's custom voices can.
	 * @param voiceId the voice
	 * @return the provider's error, or {@code null}
	 */
	synchronized @Nullable ResponseDefinition refusal(String voiceId) {
		if (voiceId.equals(SupertoneStandIn.OTHER_ACCOUNTS_VOICE)) {
			return SupertoneStandIn.forbidden();
		}
		boolean known = this.custom.containsKey(voiceId) || preset(voiceId) != null;
		return known ? null : notFound();
	}

	private ResponseDefinition list(Request request) {
		return page(request, PRESETS.stream().map(Preset::json).toList());
	}

	private ResponseDefinition search(Request request) {
		List<String> styles = Requests.queries(request, "style");
		if (styles.stream().anyMatch((style) -> style.contains(",") && style.contains(";"))) {
			return Answers.json(400, SupertoneStandIn.error(400,
					"style must use either ',' (any of) or ';' (all of), not both", "Bad Request"));
		}
		Predicate<Preset> filter = (voice) -> words(request, "name", voice.name())
				&& words(request, "description", voice.description()) && anyOf(request, "language", voice.languages())
				&& anyOf(request, "gender", List.of(voice.gender())) && anyOf(request, "age", List.of(voice.age()))
				&& anyOf(request, "use_case", List.of(voice.useCase()))
				&& anyOf(request, "use_cases", voice.useCases()) && styles(request, voice.styles())
				&& anyOf(request, "model", voice.models());
		List<JsonNode> found = PRESETS.stream().filter(filter).map(Preset::json).toList();
		return found.isEmpty() ? Answers.json(404, SupertoneStandIn.error(404, "No voices found", "Not Found"))
				: page(request, found);
	}

	private ResponseDefinition voice(Request request) {
		String id = Requests.segment(request, 0);
		if (id.equals(SupertoneStandIn.OTHER_ACCOUNTS_VOICE)) {
			return SupertoneStandIn.forbidden();
		}
		Preset voice = preset(id);
		return (voice != null) ? Answers.json(200, voice.json().toString()) : notFound();
	}

	private synchronized ResponseDefinition cloneVoice(Request request) {
		if (!request.isMultipart() || request.getPart("files") == null) {
			return Answers.json(400, SupertoneStandIn.error(400, "files should not be empty", "Bad Request"));
		}
		Request.Part files = request.getPart("files");
		String type = (files.getHeader("Content-Type").isPresent()) ? files.getHeader("Content-Type").firstValue() : "";
		if (!type.equals("audio/wav") && !type.equals("audio/mpeg") && !type.equals("audio/mp3")) {
			return Answers.json(415, SupertoneStandIn.error(415,
					"Unsupported audio format. Supported formats: WAV, MP3. Received: " + type, "Unsupported Media Type"));
		}
		if (files.getBody().asBytes().length > 3 * 1024 * 1024) {
			return Answers.json(413, SupertoneStandIn.error(413, "File size exceeds the limit of 3MB",
					"Payload Too Large"));
		}
		String name = part(request, "name");
		if (name == null || name.isBlank() || name.length() > 100) {
			return Answers.json(400, SupertoneStandIn.error(400,
					"name must be a string of 1 to 100 characters", "Bad Request"));
		}
		String id = "cloned-voice-" + this.ids.incrementAndGet();
		this.custom.put(id, new CustomVoice(id, name, part(request, "description")));
		return Answers.json(200, "{\"voice_id\":\"" + id + "\"}");
	}

	private synchronized ResponseDefinition listCustom(Request request) {
		return page(request, this.custom.values().stream().map(CustomVoice::json).toList());
	}

	private synchronized ResponseDefinition searchCustom(Request request) {
		return page(request, this.custom.values()
			.stream()
			.filter((voice) -> words(request, "name", voice.name())
					&& words(request, "description", (voice.description() != null) ? voice.description() : ""))
			.map(CustomVoice::json)
			.toList());
	}

	private synchronized ResponseDefinition customVoice(Request request) {
		String id = Requests.segment(request, 0);
		CustomVoice voice = this.custom.get(id);
		return (voice != null) ? Answers.json(200, voice.json().toString()) : customRefusal(id);
	}

	private synchronized ResponseDefinition edit(Request request) {
		String id = Requests.segment(request, 0);
		CustomVoice voice = this.custom.get(id);
		if (voice == null) {
			return customRefusal(id);
		}
		JsonNode body = Requests.json(request);
		String name = Requests.text(body, "name");
		CustomVoice edited = new CustomVoice(id, (name != null) ? name : voice.name(),
				body.path("description").isString() ? body.path("description").stringValue() : voice.description());
		this.custom.put(id, edited);
		return Answers.json(200, edited.json().toString());
	}

	private synchronized ResponseDefinition deleteCustom(Request request) {
		String id = Requests.segment(request, 0);
		return (this.custom.remove(id) != null) ? Answers.empty(204) : customRefusal(id);
	}

	private static ResponseDefinition customRefusal(String id) {
		return id.equals(SupertoneStandIn.OTHER_ACCOUNTS_VOICE) ? SupertoneStandIn.forbidden() : notFound();
	}

	/**
	 * A page of voices: {@code page_size} 10 to 100 (20 when absent), and the offset
	 * {@code next_page_token}.
	 */
	private static ResponseDefinition page(Request request, List<JsonNode> voices) {
		String size = Requests.query(request, "page_size");
		String token = Requests.query(request, "next_page_token");
		int pageSize = (size != null && size.matches("\\d{1,4}")) ? Integer.parseInt(size) : (size == null) ? 20 : -1;
		if (pageSize < 10 || pageSize > 100) {
			return Answers.json(400, SupertoneStandIn.error(400, "page_size must be a number from 10 to 100",
					"Bad Request"));
		}
		if (token != null && !token.matches("\\d{1,6}")) {
			return Answers.json(400, SupertoneStandIn.error(400, "next_page_token is not valid", "Bad Request"));
		}
		int from = Math.min((token != null) ? Integer.parseInt(token) : 0, voices.size());
		int to = Math.min(from + pageSize, voices.size());
		ObjectNode page = JsonMapper.shared().createObjectNode();
		ArrayNode items = page.putArray("items");
		voices.subList(from, to).forEach(items::add);
		page.put("total", voices.size());
		if (to < voices.size()) {
			page.put("next_page_token", String.valueOf(to));
		}
		else {
			page.putNull("next_page_token");
		}
		return Answers.json(200, page.toString());
	}

	/** Every word of the parameter is in the text, ignoring case. */
	private static boolean words(Request request, String parameter, String text) {
		String value = Requests.query(request, parameter);
		return value == null || Arrays.stream(value.toLowerCase(Locale.ROOT).split("\\s+"))
			.allMatch((word) -> text.toLowerCase(Locale.ROOT).contains(word));
	}

	/** One of the parameter's comma-separated values is one of the voice's. */
	private static boolean anyOf(Request request, String parameter, List<String> values) {
		String value = Requests.query(request, parameter);
		return value == null || Arrays.stream(value.split(",")).map(String::strip).anyMatch(values::contains);
	}

	/** Styles: comma-separated for any of them, semicolon-separated for all of them. */
	private static boolean styles(Request request, List<String> styles) {
		String value = Requests.query(request, "style");
		if (value == null || !value.contains(";")) {
			return anyOf(request, "style", styles);
		}
		return Arrays.stream(value.split(";")).map(String::strip).allMatch(styles::contains);
	}

	private static @Nullable String part(Request request, String name) {
		Request.Part part = request.getPart(name);
		return (part != null) ? part.getBody().asString() : null;
	}

	private static @Nullable Preset preset(String id) {
		return PRESETS.stream().filter((voice) -> voice.id().equals(id)).findFirst().orElse(null);
	}

	private static ResponseDefinition notFound() {
		return Answers.json(404, SupertoneStandIn.error(404, "Voice not found", "Not Found"));
	}

	/**
	 * A preset voice of the catalogue.
	 */
	record Preset(String id, String name, String description, String age, String gender, String useCase,
			List<String> useCases, List<String> languages, List<String> styles, List<String> models) {

		JsonNode json() {
			ObjectNode voice = JsonMapper.shared().createObjectNode();
			voice.put("voice_id", this.id);
			voice.put("name", this.name);
			voice.put("description", this.description);
			voice.put("age", this.age);
			voice.put("gender", this.gender);
			voice.put("use_case", this.useCase);
			strings(voice.putArray("use_cases"), this.useCases);
			strings(voice.putArray("language"), this.languages);
			strings(voice.putArray("styles"), this.styles);
			strings(voice.putArray("models"), this.models);
			ArrayNode samples = voice.putArray("samples");
			for (String language : this.languages) {
				samples.addObject()
					.put("language", language)
					.put("style", this.styles.get(0))
					.put("model", this.models.get(0))
					.put("url", "https://cdn.stand-in.test/supertone/" + this.id + "-" + language + ".wav");
			}
			voice.put("thumbnail_image_url", "https://cdn.stand-in.test/supertone/" + this.id + ".png");
			return voice;
		}

		private static void strings(ArrayNode array, List<String> values) {
			values.forEach(array::add);
		}

	}

	/**
	 * A custom voice of the account.
	 */
	record CustomVoice(String id, String name, @Nullable String description) {

		JsonNode json() {
			ObjectNode voice = JsonMapper.shared().createObjectNode();
			voice.put("voice_id", this.id);
			voice.put("name", this.name);
			voice.put("description", this.description);
			return voice;
		}

	}

}
