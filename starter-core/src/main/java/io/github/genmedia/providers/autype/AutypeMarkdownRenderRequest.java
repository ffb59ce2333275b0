package io.github.genmedia.providers.autype;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A temporary render from Autype's Extended Markdown ({@link AutypeApi#renderMarkdown}),
 * which Autype converts to document sections. Fields left {@code null} are not sent.
 *
 * @param content the Extended Markdown
 * @param document the document settings (page size, margins, orientation, metadata);
 * its {@code type}, {@code pdf}, {@code docx} or {@code odt}, is required and chooses
 * the output format
 * @param variables the values of the {@code {{name}}} or {@code ${name}} placeholders
 * @param abbreviations abbreviations and what they stand for
 * @param defaults default styles and formatting (fontFamily, fontSize, styles, header,
 * footer, ...)
 * @param citations the bibliography, in CSL-JSON
 * @param style the style configuration
 * @param webhook where Autype posts the outcome
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutypeMarkdownRenderRequest(String content, Map<String, Object> document,
		@Nullable Map<String, Object> variables, @Nullable Map<String, String> abbreviations,
		@Nullable Map<String, Object> defaults, @Nullable List<Map<String, Object>> citations,
		@Nullable Map<String, Object> style, @Nullable AutypeWebhook webhook) {

	/**
	 * Render Markdown to a PDF with Autype's default page settings.
	 * @param markdown the Extended Markdown
	 * @return the request
	 */
	public static AutypeMarkdownRenderRequest pdf(String markdown) {
		return of(markdown, AutypeFormat.PDF);
	}

	/**
	 * Render Markdown to a format with Autype's default page settings.
	 * @param markdown the Extended Markdown
	 * @param format the output format
	 * @return the request
	 */
	public static AutypeMarkdownRenderRequest of(String markdown, AutypeFormat format) {
		return new AutypeMarkdownRenderRequest(markdown, Map.of("type", format.documentType()), null, null, null,
				null, null, null);
	}

	/**
	 * Return this request with other document settings.
	 * @param document the settings, with {@code type}, such as {@code Map.of("type",
	 * "pdf", "size", "A4", "orientation", "portrait")}
	 * @return a copy with the settings
	 */
	public AutypeMarkdownRenderRequest withDocument(Map<String, Object> document) {
		return new AutypeMarkdownRenderRequest(this.content, document, this.variables, this.abbreviations,
				this.defaults, this.citations, this.style, this.webhook);
	}

	/**
	 * Return this request with variable values.
	 * @param variables the values, by name
	 * @return a copy with the variables
	 */
	public AutypeMarkdownRenderRequest withVariables(Map<String, Object> variables) {
		return new AutypeMarkdownRenderRequest(this.content, this.document, variables, this.abbreviations,
				this.defaults, this.citations, this.style, this.webhook);
	}

	/**
	 * Return this request with a webhook.
	 * @param webhook where Autype posts the outcome
	 * @return a copy with the webhook
	 */
	public AutypeMarkdownRenderRequest withWebhook(AutypeWebhook webhook) {
		return new AutypeMarkdownRenderRequest(this.content, this.document, this.variables, this.abbreviations,
				this.defaults, this.citations, this.style, webhook);
	}

}
