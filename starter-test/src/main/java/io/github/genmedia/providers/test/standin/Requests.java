package io.github.genmedia.providers.test.standin;

import java.util.List;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * What the routes read from a request: path segments, query parameters and JSON bodies.
 */
final class Requests {

	private Requests() {
	}

	/**
	 * Return a segment of the request's path, counted from its end.
	 * @param request the request
	 * @param fromEnd 0 for the last segment, 1 for the one before, ...
	 * @return the segment
	 */
	static String segment(Request request, int fromEnd) {
		String[] segments = request.getUrl().split("\\?")[0].split("/");
		return segments[segments.length - 1 - fromEnd];
	}

	/**
	 * Return a query parameter's first value.
	 * @param request the request
	 * @param name the parameter
	 * @return its value, or {@code null} when it is absent
	 */
	static @Nullable String query(Request request, String name) {
		QueryParameter parameter = request.queryParameter(name);
		return (parameter != null && parameter.isPresent()) ? parameter.firstValue() : null;
	}

	/**
	 * Return every value of a query parameter.
	 * @param request the request
	 * @param name the parameter
	 * @return its values, empty when it is absent
	 */
	static List<String> queries(Request request, String name) {
		QueryParameter parameter = request.queryParameter(name);
		return (parameter != null && parameter.isPresent()) ? parameter.values() : List.of();
	}

	/**
	 * Return the request's body as JSON.
	 * @param request the request
	 * @return the body, or a missing node when it is not JSON
	 */
	static JsonNode json(Request request) {
		try {
			return JsonMapper.shared().readTree(request.getBodyAsString());
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	/**
	 * Return a text field of a JSON body, or {@code null} when it is missing, blank or
	 * not text.
	 * @param body the body
	 * @param field the field
	 * @return its text
	 */
	static @Nullable String text(JsonNode body, String field) {
		JsonNode value = body.path(field);
		return (value.isString() && !value.stringValue().isBlank()) ? value.stringValue() : null;
	}

}
