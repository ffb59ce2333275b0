package io.github.genmedia.providers.autype;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The variables a saved document defines: what a render or bulk render can set.
 *
 * @param documentId the document id
 * @param title the document's title
 * @param variables each variable's definition by name, such as {@code {"type":
 * "image", "width": 150}}; types include {@code string}, {@code image}, {@code list} and
 * {@code table}
 * @param variableNames the variables' names
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeDocumentVariables(String documentId, @Nullable String title, Map<String, JsonNode> variables,
		List<String> variableNames) {

	/**
	 * Return a variable's type.
	 * @param name the variable
	 * @return its type, such as {@code string}, or {@code null} when it is not defined
	 * or has no type
	 */
	public @Nullable String typeOf(String name) {
		JsonNode type = this.variables.get(name);
		return (type != null && type.path("type").isString()) ? type.path("type").stringValue() : null;
	}

}
