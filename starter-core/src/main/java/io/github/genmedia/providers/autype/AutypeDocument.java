package io.github.genmedia.providers.autype;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A document saved in the Autype workspace.
 *
 * @param id the document id
 * @param title the title
 * @param projectId the project it belongs to
 * @param description its description; a string when sent, but typed as an object in
 * Autype's answers, so kept as JSON (see {@link #descriptionText()})
 * @param content its latest saved content, in Autype's document JSON; only
 * {@link AutypeApi#getDocument} returns it
 * @param createdAt when it was created (ISO 8601)
 * @param updatedAt when it was last changed (ISO 8601)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeDocument(String id, @Nullable String title, @Nullable String projectId,
		@Nullable JsonNode description, @Nullable JsonNode content, @Nullable String createdAt,
		@Nullable String updatedAt) {

	/**
	 * Return the description as text.
	 * @return the description, the JSON of a description that is not a string, or
	 * {@code null} when there is none
	 */
	public @Nullable String descriptionText() {
		if (this.description == null || this.description.isNull() || this.description.isMissingNode()) {
			return null;
		}
		return this.description.isString() ? this.description.stringValue() : this.description.toString();
	}

}
