package io.github.genmedia.providers.suno;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Unsigned JWTs as Clerk shapes them: {@code base64url(header).base64url(payload).sig}.
 */
final class TestJwts {

	private TestJwts() {
	}

	static String expiringAt(Instant exp) {
		return withPayload("{\"sub\":\"user_1\",\"exp\":" + exp.getEpochSecond() + "}");
	}

	static String expiringAt(Instant exp, String subject) {
		return withPayload("{\"sub\":\"" + subject + "\",\"exp\":" + exp.getEpochSecond() + "}");
	}

	static String issuedAt(Instant iat, Instant exp) {
		return withPayload("{\"iat\":" + iat.getEpochSecond() + ",\"exp\":" + exp.getEpochSecond() + "}");
	}

	static String withPayload(String json) {
		return encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(json) + ".c2lnbmF0dXJl";
	}

	private static String encode(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
