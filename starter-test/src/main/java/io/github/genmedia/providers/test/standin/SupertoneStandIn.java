package io.github.genmedia.providers.test.standin;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Supertone (docs.supertoneapi.com): {@code x-sup-api-key}; speech as a short WAV (or MP3)
 * with {@code X-Audio-Length}, or as JSON (NDJSON when streamed) with phoneme timings when
 * the request asks for them; predicted duration, credits, and the voices and usage
 * reports of {@link SupertoneVoices} and {@link SupertoneUsageReports}. Speech needs a
 * voice the account may use: {@value #OTHER_ACCOUNTS_VOICE} belongs to another account
 * (a valid key gets 403 for it), an unknown id is a 404.
 */
final class SupertoneStandIn {

	static final String BASE = "/supertone";

	/** A voice the key may not use. */
	static final String OTHER_ACCOUNTS_VOICE = "voice-of-another-account";

	static final String UNAUTHORIZED = error(401, "Invalid API key", "Unauthorized");

	static final String INSUFFICIENT_CREDITS = error(402, "Not enough credits", "Payment Required");

	static final StandInProvider PROVIDER = StandInProvider.apiKey("supertone", BASE, "stand-in-supertone-0001",
			"x-sup-api-key", false, INSUFFICIENT_CREDITS, SupertoneStandIn::register);

	/** The length of every speech, in seconds, as predicted and as created. */
	private static final double SECONDS = 1.5;

	/** The phonemes of every speech, as IPA symbols; an empty one is a pause. */
	private static final String[] PHONEMES = { "", "h", "ə", "l", "oʊ", "" };

	private final SupertoneVoices voices;

	private SupertoneStandIn(SupertoneVoices voices) {
		this.voices = voices;
	}

	private static void register(StandInServer server, String key, StandInContext context) {
		StandInServer.Credentials credential = new StandInServer.Credentials(PROVIDER.credential().header(),
				equalTo(key), UNAUTHORIZED);
		SupertoneStandIn supertone = new SupertoneStandIn(SupertoneVoices.register(server, credential));
		SupertoneUsageReports.register(server, credential);
		server.json(() -> get(urlPathEqualTo(BASE + "/v1/credits")), credential, "{\"balance\":1200}");
		server.route(() -> post(urlPathMatching(BASE + "/v1/text-to-speech/[^/]+(/stream)?")), credential,
				"supertone-speech", supertone::speech);
		server.route(() -> post(urlPathMatching(BASE + "/v1/predict-duration/[^/]+")), credential,
				"supertone-duration", supertone::duration);
	}

	private ResponseDefinition speech(Request request) {
		boolean stream = request.getUrl().split("\\?")[0].endsWith("/stream");
		JsonNode body = Requests.json(request);
		ResponseDefinition refused = refusal(Requests.segment(request, stream ? 1 : 0), body);
		if (refused != null) {
			return refused;
		}
		boolean mp3 = body.path("output_format").asString("").equals("mp3");
		byte[] audio = mp3 ? mp3(SECONDS) : wav(24_000, SECONDS);
		if (body.path("include_phonemes").asBoolean(false)) {
			return stream ? Answers.bytes(200, "application/x-ndjson", chunks(audio))
					: Answers.json(200, "{\"audio_base64\":\"" + Base64.getEncoder().encodeToString(audio)
							+ "\",\"phonemes\":" + phonemes(0, PHONEMES.length) + "}");
		}
		return Answers.bytes(200, mp3 ? "audio/mpeg" : "audio/wav", audio,
				new HttpHeader("X-Audio-Length", String.valueOf(SECONDS)));
	}

	private ResponseDefinition duration(Request request) {
		ResponseDefinition refused = refusal(Requests.segment(request, 0), Requests.json(request));
		return (refused != null) ? refused : Answers.json(200, "{\"duration\":" + SECONDS + "}");
	}

	/** Why Supertone would not speak this: the voice, or the text and language. */
	private @Nullable ResponseDefinition refusal(String voiceId, JsonNode body) {
		ResponseDefinition voice = this.voices.refusal(voiceId);
		if (voice != null) {
			return voice;
		}
		if (!body.path("text").isString()) {
			return Answers.json(400, error(400, "text must be a string", "Bad Request"));
		}
		if (body.path("text").stringValue().length() > 300) {
			return Answers.json(400,
					error(400, "text must be shorter than or equal to 300 characters", "Bad Request"));
		}
		if (!body.path("language").isString()) {
			return Answers.json(400, error(400, "language must be a string", "Bad Request"));
		}
		return null;
	}

	static ResponseDefinition forbidden() {
		return Answers.json(403, error(403, "You do not have access to this voice", "Forbidden"));
	}

	/** The phonemes from one index to another, spread evenly over the speech. */
	private static String phonemes(int from, int to) {
		double each = SECONDS / PHONEMES.length;
		StringBuilder symbols = new StringBuilder();
		StringBuilder starts = new StringBuilder();
		StringBuilder durations = new StringBuilder();
		for (int i = from; i < to; i++) {
			String comma = (i > from) ? "," : "";
			symbols.append(comma).append(Answers.quoted(PHONEMES[i]));
			starts.append(comma).append(i * each);
			durations.append(comma).append(each);
		}
		return "{\"symbols\":[" + symbols + "],\"start_times_seconds\":[" + starts + "],\"durations_seconds\":["
				+ durations + "]}";
	}

	/** Streamed speech with phonemes: a piece of audio, its phonemes, the rest, theirs. */
	private static byte[] chunks(byte[] audio) {
		Base64.Encoder base64 = Base64.getEncoder();
		int half = audio.length / 2;
		int phonemes = PHONEMES.length / 2;
		String lines = "{\"audio_base64\":\"" + base64.encodeToString(Arrays.copyOfRange(audio, 0, half))
				+ "\",\"phonemes\":null}\n" + "{\"audio_base64\":null,\"phonemes\":" + phonemes(0, phonemes) + "}\n"
				+ "{\"audio_base64\":\"" + base64.encodeToString(Arrays.copyOfRange(audio, half, audio.length))
				+ "\",\"phonemes\":null}\n" + "{\"audio_base64\":null,\"phonemes\":"
				+ phonemes(phonemes, PHONEMES.length) + "}\n";
		return lines.getBytes(StandardCharsets.UTF_8);
	}

	/** An MP3 of silence: an ID3 header, then 128 kbps frames of 26 ms. */
	static byte[] mp3(double seconds) {
		int frames = (int) Math.ceil(seconds / 0.026);
		ByteBuffer mp3 = ByteBuffer.allocate(10 + frames * 417);
		mp3.put("ID3".getBytes(StandardCharsets.US_ASCII)).put(new byte[] { 4, 0, 0, 0, 0, 0, 0 });
		for (int i = 0; i < frames; i++) {
			mp3.put(new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64 }).put(new byte[413]);
		}
		return mp3.array();
	}

	/** A valid WAV of silence: 16-bit mono. */
	static byte[] wav(int sampleRate, double seconds) {
		int samples = (int) (sampleRate * seconds);
		ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
		wav.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
		wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
			.putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
		wav.put("data".getBytes()).putInt(samples * 2);
		return wav.array();
	}

	static String error(int status, String message, String error) {
		return "{\"status\":\"error\",\"message\":{\"statusCode\":" + status + ",\"message\":[" + Answers.quoted(message)
				+ "],\"error\":\"" + error + "\"}}";
	}

}
