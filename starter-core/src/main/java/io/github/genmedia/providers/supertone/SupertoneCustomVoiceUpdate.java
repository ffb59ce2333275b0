package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A change to a custom voice: what is {@code null} is not sent and stays as it is.
 *
 * @param name the new name
 * @param description the new description
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupertoneCustomVoiceUpdate(@Nullable String name, @Nullable String description) {

	/**
	 * A new name.
	 * @param name the name
	 * @return the change
	 */
	public static SupertoneCustomVoiceUpdate name(String name) {
		return new SupertoneCustomVoiceUpdate(name, null);
	}

	/**
	 * A new description.
	 * @param description the description
	 * @return the change
	 */
	public static SupertoneCustomVoiceUpdate description(String description) {
		return new SupertoneCustomVoiceUpdate(null, description);
	}

}
