package io.github.genmedia.providers.autype;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A project: a workspace of documents in the organization.
 *
 * @param id the project id
 * @param name the name
 * @param visibility its visibility, such as {@code PUBLIC} (projects created through the
 * API always are); only documents of a public project can be rendered through the API
 * @param createdAt when it was created (ISO 8601)
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutypeProject(String id, @Nullable String name, @Nullable String visibility,
		@Nullable String createdAt) {

	/**
	 * Whether the project is public, so that its documents can be rendered through the
	 * API.
	 * @return {@code true} when the visibility is {@code PUBLIC}
	 */
	public boolean isPublic() {
		return "PUBLIC".equalsIgnoreCase(this.visibility);
	}

}
