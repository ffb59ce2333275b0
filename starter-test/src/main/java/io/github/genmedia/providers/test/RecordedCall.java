package io.github.genmedia.providers.test;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request a stand-in received, with its credential headers masked.
 *
 * @param method the method
 * @param url the path and query, as the stand-in server saw them
 * @param headers the headers; {@code x-api-key}, {@code x-sup-api-key},
 * {@code X-API-Key}, {@code Authorization} and {@code Cookie} show as
 * {@value #MASKED}
 * @param body the body as text
 * @since 0.1.0
 */
public record RecordedCall(String method, String url, Map<String, List<String>> headers, String body) {

	/** What a credential header shows. */
	public static final String MASKED = "[MASKED]";

	/**
	 * Return a header's first value.
	 * @param name the header name, in any case
	 * @return the value, or {@code null} when the request had no such header
	 */
	public @Nullable String header(String name) {
		for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
			if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
				return header.getValue().get(0);
			}
		}
		return null;
	}

}
