package io.github.genmedia.providers.autype;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A bulk render ({@link AutypeApi#createBulkRender}): one saved document rendered once
 * per set of variables, into one ZIP. Autype takes at most 100 items per job and charges
 * 4 credits per item.
 *
 * @param documentId the saved document to render
 * @param format the output format ({@code PDF}, {@code DOCX} or {@code ODT}, upper case
 * here)
 * @param items the variable sets, one per document
 * @param webhook where Autype posts the outcome, or {@code null}
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutypeBulkRenderRequest(String documentId, AutypeFormat format, List<Map<String, Object>> items,
		@Nullable AutypeWebhook webhook) {

	/**
	 * Render a saved document once per variable set.
	 * @param documentId the document
	 * @param format the output format
	 * @param items the variable sets, such as {@code List.of(Map.of("companyName",
	 * "Acme Inc"), Map.of("companyName", "Beta Corp"))}
	 * @return the request
	 */
	public static AutypeBulkRenderRequest of(String documentId, AutypeFormat format,
			List<Map<String, Object>> items) {
		return new AutypeBulkRenderRequest(documentId, format, items, null);
	}

	/**
	 * Return this request with a webhook.
	 * @param webhook where Autype posts the outcome
	 * @return a copy with the webhook
	 */
	public AutypeBulkRenderRequest withWebhook(AutypeWebhook webhook) {
		return new AutypeBulkRenderRequest(this.documentId, this.format, this.items, webhook);
	}

}
