package io.github.genmedia.providers.autype;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A temporary render from document JSON ({@link AutypeApi#render}). The document JSON
 * goes in {@code config} as Autype's document schema has it: {@code document} (whose
 * {@code type}, {@code pdf}, {@code docx} or {@code odt}, chooses the output format) and
 * {@code sections}, and optionally {@code variables}, {@code defaults},
 * {@code abbreviations}, {@code citations} and {@code style}, all at the same level.
 * Variables are written {@code {{name}}} or {@code ${name}}.
 *
 * @param config the document JSON
 * @param webhook where Autype posts the outcome, or {@code null}
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutypeRenderRequest(Map<String, Object> config, @Nullable AutypeWebhook webhook) {

	/**
	 * Render document JSON.
	 * @param config the document JSON, such as {@code Map.of("document", Map.of("type",
	 * "pdf"), "sections", List.of(...))}
	 * @return the request
	 */
	public static AutypeRenderRequest of(Map<String, Object> config) {
		return new AutypeRenderRequest(config, null);
	}

	/**
	 * Render document JSON written as text, such as a template read from a file.
	 * @param configJson the document JSON
	 * @return the request
	 * @throws tools.jackson.core.JacksonException if the text is not a JSON object
	 */
	public static AutypeRenderRequest fromJson(String configJson) {
		Map<String, Object> config = JsonMapper.shared().readerForMapOf(Object.class).readValue(configJson);
		return new AutypeRenderRequest(config, null);
	}

	/**
	 * Return this request with a webhook.
	 * @param webhook where Autype posts the outcome
	 * @return a copy with the webhook
	 */
	public AutypeRenderRequest withWebhook(AutypeWebhook webhook) {
		return new AutypeRenderRequest(this.config, webhook);
	}

}
