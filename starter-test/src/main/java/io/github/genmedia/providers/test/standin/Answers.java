package io.github.genmedia.providers.test.standin;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Answers the routes give.
 */
final class Answers {

	private Answers() {
	}

	static ResponseDefinition json(int status, String body) {
		return responseDefinition().withStatus(status)
			.withHeaders(new HttpHeaders(new HttpHeader("Content-Type", "application/json")))
			.withBody(body)
			.build();
	}

	static ResponseDefinition bytes(int status, String contentType, byte[] body, HttpHeader... extra) {
		HttpHeaders headers = new HttpHeaders(new HttpHeader("Content-Type", contentType));
		for (HttpHeader header : extra) {
			headers = headers.plus(header);
		}
		return responseDefinition().withStatus(status).withHeaders(headers).withBody(body).build();
	}

	static ResponseDefinition empty(int status) {
		return responseDefinition().withStatus(status).build();
	}

	/** A JSON string literal, quoted and escaped. */
	static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
