package io.github.genmedia.providers.autype;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A document to create in a project ({@link AutypeApi#createDocument}). Images the
 * content refers to as {@code /temp-image/{id}} become permanent images of the document.
 *
 * @param projectId the project
 * @param title the title
 * @param description a description, or {@code null}
 * @param content the initial content in Autype's document JSON, or {@code null} for a
 * default document headed by the title
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutypeDocumentRequest(String projectId, String title, @Nullable String description,
		@Nullable Map<String, Object> content) {

	/**
	 * A default document headed by its title.
	 * @param projectId the project
	 * @param title the title
	 * @return the request
	 */
	public static AutypeDocumentRequest of(String projectId, String title) {
		return new AutypeDocumentRequest(projectId, title, null, null);
	}

	/**
	 * Return this request with a description.
	 * @param description the description
	 * @return a copy with the description
	 */
	public AutypeDocumentRequest withDescription(String description) {
		return new AutypeDocumentRequest(this.projectId, this.title, description, this.content);
	}

	/**
	 * Return this request with initial content.
	 * @param content the document JSON
	 * @return a copy with the content
	 */
	public AutypeDocumentRequest withContent(Map<String, Object> content) {
		return new AutypeDocumentRequest(this.projectId, this.title, this.description, content);
	}

}
