package io.github.genmedia.providers.supertone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A custom (cloned) voice of the account. Only the account that created it can speak
 * with it; another one gets a {@code 403}.
 *
 * @param voiceId the id to speak with
 * @param name the name
 * @param description the description
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupertoneCustomVoice(@JsonProperty("voice_id") String voiceId, String name,
		@Nullable String description) {

}
