package io.github.genmedia.providers.autype;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A render of a document saved in the Autype workspace
 * ({@link AutypeApi#renderDocument}): its latest saved content, with optional variable
 * overrides and format. Fields left {@code null} are not sent; with none set, the
 * document renders as saved.
 *
 * @param variables values that override the document's own variables, by name
 * @param format the output format in lower case ({@code pdf}, {@code docx} or
 * {@code odt}, as this endpoint writes it); {@code null} for the document's
 * {@code document.type}
 * @param webhook where Autype posts the outcome
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutypeDocumentRenderRequest(@Nullable Map<String, Object> variables, @Nullable String format,
		@Nullable AutypeWebhook webhook) {

	/**
	 * Render the document as saved.
	 * @return the request, sent as {@code {}}
	 */
	public static AutypeDocumentRenderRequest asSaved() {
		return new AutypeDocumentRenderRequest(null, null, null);
	}

	/**
	 * Render the document with variable overrides.
	 * @param variables the values, by name, merged over the document's variables
	 * @return the request
	 */
	public static AutypeDocumentRenderRequest withVariables(Map<String, Object> variables) {
		return new AutypeDocumentRenderRequest(variables, null, null);
	}

	/**
	 * Return this request with an output format.
	 * @param format the format
	 * @return a copy that renders to the format
	 */
	public AutypeDocumentRenderRequest as(AutypeFormat format) {
		return new AutypeDocumentRenderRequest(this.variables, format.documentType(), this.webhook);
	}

	/**
	 * Return this request with a webhook.
	 * @param webhook where Autype posts the outcome
	 * @return a copy with the webhook
	 */
	public AutypeDocumentRenderRequest withWebhook(AutypeWebhook webhook) {
		return new AutypeDocumentRenderRequest(this.variables, this.format, webhook);
	}

}
