package io.github.genmedia.providers.test.standin;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Supertone (docs.supertoneapi.com): {@code x-sup-api-key}; speech as a short WAV with
 * {@code X-Audio-Length}, voices, predicted duration, credits. The voice
 * {@value #OTHER_ACCOUNTS_VOICE} belongs to another account: a valid key gets 403 for it.
 */
final class SupertoneStandIn {

	static final String BASE = "/supertone";

	/** A voice the key may not use. */
	static final String OTHER_ACCOUNTS_VOICE = "voice-of-another-account";

	static final String UNAUTHORIZED = error(401, "Invalid API key", "Unauthorized");

	static final String INSUFFICIENT_CREDITS = error(402, "Not enough credits", "Payment Required");

	private static final String VOICE = """
			{"voice_id":"%s","name":"Stand-in","description":"A stand-in voice","age":"young-adult","gender":"female",
			 "use_case":"narration","use_cases":["narration"],"language":["en","ko","ja"],"styles":["neutral","happy"],
			 "models":["sona_speech_1","sona_speech_2"]}""";

	private SupertoneStandIn() {
	}

	static void register(StandInServer server, String key) {
		StandInServer.Credentials credential = new StandInServer.Credentials("x-sup-api-key", equalTo(key),
				UNAUTHORIZED);
		server.json(() -> get(urlPathEqualTo(BASE + "/v1/credits")), credential, "{\"balance\":1200}");
		server.json(() -> get(urlPathEqualTo(BASE + "/v1/voices/search")), credential,
				"{\"items\":[" + VOICE.formatted("voice-stand-in") + "],\"total\":1,\"next_page_token\":null}");
		server.route(() -> get(urlPathMatching(BASE + "/v1/voices/[^/]+")), credential, "supertone-voice",
				SupertoneStandIn::voice);
		server.route(() -> post(urlPathMatching(BASE + "/v1/text-to-speech/[^/]+(/stream)?")), credential,
				"supertone-speech", SupertoneStandIn::speech);
		server.json(() -> post(urlPathMatching(BASE + "/v1/predict-duration/[^/]+")), credential,
				"{\"duration\":1.5}");
	}

	private static ResponseDefinition voice(Request request) {
		String id = request.getUrl().substring(request.getUrl().lastIndexOf('/') + 1);
		return id.equals(OTHER_ACCOUNTS_VOICE) ? forbidden() : Answers.json(200, VOICE.formatted(id));
	}

	private static ResponseDefinition speech(Request request) {
		if (request.getUrl().contains("/" + OTHER_ACCOUNTS_VOICE)) {
			return forbidden();
		}
		if (!request.getBodyAsString().contains("\"text\"")) {
			return Answers.json(400, error(400, "text must be a string", "Bad Request"));
		}
		return Answers.bytes(200, "audio/wav", wav(24_000, 1.5), new HttpHeader("X-Audio-Length", "1.5"));
	}

	private static ResponseDefinition forbidden() {
		return Answers.json(403, error(403, "You do not have access to this voice", "Forbidden"));
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
