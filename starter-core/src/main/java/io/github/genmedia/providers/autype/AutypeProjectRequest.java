package io.github.genmedia.providers.autype;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A project to create ({@link AutypeApi#createProject}); Autype makes it public.
 *
 * @param name the name
 * @param description a description, or {@code null}
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutypeProjectRequest(String name, @Nullable String description) {

	/**
	 * A project with a name only.
	 * @param name the name
	 * @return the request
	 */
	public static AutypeProjectRequest named(String name) {
		return new AutypeProjectRequest(name, null);
	}

	/**
	 * Return this request with a description.
	 * @param description the description
	 * @return a copy with the description
	 */
	public AutypeProjectRequest withDescription(String description) {
		return new AutypeProjectRequest(this.name, description);
	}

}
